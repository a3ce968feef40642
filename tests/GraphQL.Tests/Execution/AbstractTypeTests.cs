using Serverless.GraphQL.Types;
using static Serverless.GraphQL.Tests.Execution.ExecutionTestKit;

namespace Serverless.GraphQL.Tests.Execution;

/// <summary>§6.4.3 ResolveAbstractType: the default <c>__typename</c> convention and the checks on its outcome.</summary>
public sealed class AbstractTypeTests
{
    private const string Sdl = """
        type Query { pets: [Pet] }
        union Pet = Cat | Dog
        type Cat { name: String meows: Boolean }
        type Dog { name: String barks: Boolean }
        type Fish { name: String }
        """;

    [Fact]
    public async Task Union_members_resolve_by_typename_entry_and_fragments_apply_per_type()
    {
        var schema = Build(Sdl, new Dictionary<string, FieldResolver>
        {
            ["Query.pets"] = Value(new object?[] { Map(("__typename", "Cat"), ("name", "Tom"), ("meows", true)), Map(("__typename", "Dog"), ("name", "Rex"), ("barks", false)) }),
        });

        var result = await RunAsync(schema, "{ pets { __typename ... on Cat { name meows } ... on Dog { name barks } } }");

        result.ToJson().ShouldBe(StarWars.Json("""
            {"data":{"pets":[{"__typename":"Cat","name":"Tom","meows":true},{"__typename":"Dog","name":"Rex","barks":false}]}}
            """));
    }

    [Fact]
    public async Task Values_without_a_resolvable_or_possible_type_are_field_errors_at_their_index()
    {
        var schema = Build(Sdl, new Dictionary<string, FieldResolver>
        {
            ["Query.pets"] = Value(new object?[] { Map(("name", "anonymous")), Map(("__typename", "Fish"), ("name", "Nemo")), Map(("__typename", "Cat"), ("name", "Tom")) }),
        });

        var result = await RunAsync(schema, "{ pets { ... on Cat { name } } }");

        result.ToJson().ShouldEndWith("""
            "data":{"pets":[null,null,{"name":"Tom"}]}}
            """.Trim());
        result.Errors.Select(error => (error.Path![1], error.Message)).OrderBy(item => (int)item.Item1).ShouldBe(
        [
            (0, "Abstract type \"Pet\" must resolve to an Object type at runtime for field \"Query.pets\". Either the \"Pet\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function."),
            (1, "Runtime Object type \"Fish\" is not a possible type for \"Pet\"."),
        ]);
    }

    [Fact]
    public async Task Typename_naming_an_unknown_or_non_object_type_gets_graphql_js_messages()
    {
        var schema = Build(Sdl, new Dictionary<string, FieldResolver>
        {
            ["Query.pets"] = Value(new object?[] { Map(("__typename", "Nope")), Map(("__typename", "Pet")) }),
        });

        var result = await RunAsync(schema, "{ pets { __typename } }");

        result.Errors.Select(error => (error.Path![1], error.Message)).OrderBy(item => (int)item.Item1).ShouldBe(
        [
            (0, "Abstract type \"Pet\" was resolved to a type \"Nope\" that does not exist inside the schema."),
            (1, "Abstract type \"Pet\" was resolved to a non-object type \"Pet\"."),
        ]);
    }
}
