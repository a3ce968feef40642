using Serverless.GraphQL.Execution;
using Serverless.GraphQL.Types;
using static Serverless.GraphQL.Tests.Execution.ExecutionTestKit;

namespace Serverless.GraphQL.Tests.Execution;

/// <summary>
/// Fields read by the default resolver (the executor's context-free fast path) report errors and propagate nulls
/// exactly like resolved fields (§6.4.4): at the field's path, up to the nearest nullable position.
/// </summary>
public sealed class DefaultResolverExecutionTests
{
    private static readonly Schema Schema = Build(
        "type Query { items: [Item!] item: Item } type Item { id: ID! name: String count: Int child: Child! } type Child { a: Int! }",
        new Dictionary<string, FieldResolver>());

    [Fact]
    public async Task A_null_non_null_leaf_in_a_list_item_nulls_the_nullable_list()
    {
        var root = Map(("items", new object?[] { Map(("id", "1"), ("child", Map(("a", 1)))), Map(("name", "no id"), ("child", Map(("a", 2)))) }));

        var result = await RunAsync(Schema, "{ items { id name child { a } } }", root);

        result.ToJson().ShouldBe("""{"errors":[{"message":"Cannot return null for non-nullable field Item.id.","locations":[{"line":1,"column":11}],"path":["items",1,"id"]}],"data":{"items":null}}""");
    }

    [Fact]
    public async Task A_missing_non_null_object_member_nulls_its_parent()
    {
        var result = await RunAsync(Schema, "{ item { id child { a } } }", Map(("item", Map(("id", 7)))));

        result.ToJson().ShouldBe("""{"errors":[{"message":"Cannot return null for non-nullable field Item.child.","locations":[{"line":1,"column":13}],"path":["item","child"]}],"data":{"item":null}}""");
    }

    [Fact]
    public async Task A_leaf_coercion_error_is_a_field_error_at_its_path()
    {
        var root = Map(("item", Map(("id", "x"), ("count", "many"), ("child", Map(("a", 1.5))))));

        var result = await RunAsync(Schema, "{ item { id count child { a } } }", root);

        result.ToJson().ShouldBe("""
            {"errors":[{"message":"Int cannot represent non-integer value: \"many\"","locations":[{"line":1,"column":13}],"path":["item","count"]},
            {"message":"Int cannot represent non-integer value: 1.5","locations":[{"line":1,"column":27}],"path":["item","child","a"]}],"data":{"item":null}}
            """.Replace("\n", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Built_in_scalar_values_serialize_as_the_scalar_says()
    {
        var root = Map(("item", Map(("id", 42), ("name", "n"), ("count", 3.0), ("child", Map(("a", 5L))))));

        var result = await RunAsync(Schema, "{ item { id name count child { a } } }", root);

        result.ToJson().ShouldBe("""{"data":{"item":{"id":"42","name":"n","count":3,"child":{"a":5}}}}""");
    }

    [Fact]
    public async Task A_parent_that_is_not_a_dictionary_is_an_unexpected_error()
    {
        var logged = new List<Exception>();
        var result = await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = Schema,
            Query = "{ item { name } }",
            RootValue = Map(("item", new object())),
            UnexpectedError = (exception, _) => logged.Add(exception),
        });

        result.ToJson().ShouldBe("""{"errors":[{"message":"Unexpected error.","locations":[{"line":1,"column":10}],"path":["item","name"]}],"data":{"item":{"name":null}}}""");
        logged.Single().Message.ShouldBe("Field Item.name has no resolver, and the default resolver reads only string-keyed dictionaries, not Object.");
    }
}
