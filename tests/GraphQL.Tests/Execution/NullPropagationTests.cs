using Serverless.GraphQL.Types;
using static Serverless.GraphQL.Tests.Execution.ExecutionTestKit;

namespace Serverless.GraphQL.Tests.Execution;

/// <summary>§6.4.4 Handling Field Errors: a null in a non-null position nulls the nearest nullable parent.</summary>
public sealed class NullPropagationTests
{
    private const string Sdl = """
        type Query { nullableObj: Obj nonNullObj: Obj! strictList: [Int!] looseList: [Int] requiredList: [Int]! sibling: String objList: [Obj!] }
        type Obj { nonNullField: String! value: String }
        """;

    private static readonly Schema Schema = Build(Sdl, new Dictionary<string, FieldResolver>
    {
        ["Query.nullableObj"] = Value(Map(("value", "v"))),
        ["Query.nonNullObj"] = Value(Map(("value", "v"))),
        ["Query.strictList"] = Value(new object?[] { 1, null, 3 }),
        ["Query.looseList"] = Value(new object?[] { 1, "not an int", 3 }),
        ["Query.requiredList"] = Value(null),
        ["Query.sibling"] = Value("kept"),
        ["Query.objList"] = Value(new object?[] { Map(("nonNullField", "a")), null, Map(("value", "no nonNullField")) }),
    });

    [Fact]
    public async Task Null_non_null_field_nulls_its_nullable_parent_object()
    {
        var result = await RunAsync(Schema, "{ nullableObj { value nonNullField } sibling }");

        result.ToJson().ShouldBe(StarWars.Json("""
            {"errors":[{"message":"Cannot return null for non-nullable field Obj.nonNullField.","locations":[{"line":1,"column":23}],"path":["nullableObj","nonNullField"]}],
             "data":{"nullableObj":null,"sibling":"kept"}}
            """));
    }

    [Fact]
    public async Task Null_propagating_through_a_non_null_root_field_nulls_data()
    {
        var result = await RunAsync(Schema, "{ sibling nonNullObj { nonNullField } }");

        result.HasData.ShouldBeTrue();
        result.Data.ShouldBeNull();
        result.ToJson().ShouldBe(StarWars.Json("""
            {"errors":[{"message":"Cannot return null for non-nullable field Obj.nonNullField.","locations":[{"line":1,"column":24}],"path":["nonNullObj","nonNullField"]}],"data":null}
            """));
    }

    [Fact]
    public async Task Null_item_in_a_list_of_non_null_nulls_the_list_with_the_item_path()
    {
        var result = await RunAsync(Schema, "{ strictList sibling }");

        result.ToJson().ShouldBe(StarWars.Json("""
            {"errors":[{"message":"Cannot return null for non-nullable field Query.strictList.","locations":[{"line":1,"column":3}],"path":["strictList",1]}],
             "data":{"strictList":null,"sibling":"kept"}}
            """));
    }

    [Fact]
    public async Task Invalid_leaf_in_a_nullable_item_nulls_only_that_item()
    {
        var result = await RunAsync(Schema, "{ looseList }");

        result.Data!["looseList"].ShouldBe(new object?[] { 1, null, 3 });
        var error = result.Errors.ShouldHaveSingleItem();
        error.Path.ShouldBe(["looseList", 1]);
        error.Message.ShouldStartWith("Int cannot represent");
    }

    [Fact]
    public async Task Null_required_list_nulls_data()
    {
        var result = await RunAsync(Schema, "{ requiredList }");

        result.Data.ShouldBeNull();
        result.Errors.ShouldHaveSingleItem().Message.ShouldBe("Cannot return null for non-nullable field Query.requiredList.");
    }

    [Fact]
    public async Task Errors_of_fields_after_a_propagated_null_are_dropped_as_graphql_js_never_completes_them()
    {
        var result = await RunAsync(Schema, "{ looseList nonNullObj { nonNullField } after: looseList }");

        result.Data.ShouldBeNull();
        result.Errors.Select(error => string.Join('.', error.Path!)).Order(StringComparer.Ordinal).ShouldBe(["looseList.1", "nonNullObj.nonNullField"]);
    }

    [Fact]
    public async Task Errors_of_list_items_after_a_propagated_null_are_dropped()
    {
        var result = await RunAsync(Schema, "{ objList { nonNullField } }");

        result.Data!["objList"].ShouldBeNull();
        result.Errors.ShouldHaveSingleItem().Path.ShouldBe(["objList", 1]);
    }
}
