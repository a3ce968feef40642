using Serverless.GraphQL.Types;
using static Serverless.GraphQL.Tests.Execution.ExecutionTestKit;

namespace Serverless.GraphQL.Tests.Execution;

/// <summary>The meta-fields of §4.1/§4.2 through the executor, and the schema's introspection switch.</summary>
public sealed class IntrospectionExecutionTests
{
    private const string Sdl = "type Query { \"The answer.\" answer: Int }";

    [Fact]
    public async Task Resolves_type_and_schema_meta_fields()
    {
        var schema = Build(Sdl, new Dictionary<string, FieldResolver>());

        var result = await RunAsync(schema, "{ __schema { queryType { name } } __type(name: \"Query\") { kind fields { name description type { name } } } }");

        result.ToJson().ShouldBe(StarWars.Json("""
            {"data":{"__schema":{"queryType":{"name":"Query"}},"__type":{"kind":"OBJECT","fields":[{"name":"answer","description":"The answer.","type":{"name":"Int"}}]}}}
            """));
    }

    [Fact]
    public async Task Disabled_introspection_rejects_schema_and_type_but_keeps_typename()
    {
        var schema = Build(Sdl, new Dictionary<string, FieldResolver> { ["Query.answer"] = Value(42) }, introspection: false);

        var typename = await RunAsync(schema, "{ __typename answer }");
        var forbidden = await RunAsync(schema, "{ answer __schema { queryType { name } } }");

        typename.ToJson().ShouldBe(StarWars.Json("""{"data":{"__typename":"Query","answer":42}}"""));
        forbidden.Data.ShouldBeNull();
        var error = forbidden.Errors.ShouldHaveSingleItem();
        error.Message.ShouldBe("GraphQL introspection has been disabled, but the requested query contained the field \"__schema\".");
        error.Path.ShouldBe(["__schema"]);
    }
}
