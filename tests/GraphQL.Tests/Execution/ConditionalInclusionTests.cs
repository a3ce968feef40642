using Serverless.GraphQL.Execution;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;
using static Serverless.GraphQL.Tests.Execution.ExecutionTestKit;

namespace Serverless.GraphQL.Tests.Execution;

/// <summary>
/// @skip/@include whose <c>if</c> variable is null (possible with <c>$v: Boolean = true</c> and an explicit null): the
/// Boolean! argument does not coerce, which graphql-js reports as an error of the field whose selection set is collected.
/// </summary>
public sealed class ConditionalInclusionTests
{
    private static readonly Schema Schema = Build("type Query { obj: Obj name: String } type Obj { name: String }", new Dictionary<string, FieldResolver>
    {
        ["Query.obj"] = Value(Map(("name", "inner"))),
        ["Query.name"] = Value("outer"),
    });

    [Fact]
    public async Task Null_condition_below_the_root_is_an_error_of_the_parent_field()
    {
        var result = await RunAsync("query ($i: Boolean = true) { name obj { name @include(if: $i) } }");

        result.Data!["obj"].ShouldBeNull();
        result.Data["name"].ShouldBe("outer");
        var error = result.Errors.ShouldHaveSingleItem();
        error.Path.ShouldBe(["obj"]);
        error.Message.ShouldBe("Argument \"@include(if:)\" has invalid value: Expected variable \"$i\" provided to non-null type \"Boolean!\" not to be null.");
    }

    [Fact]
    public async Task Null_condition_at_the_root_nulls_data_with_an_error_without_path()
    {
        var result = await RunAsync("query ($s: Boolean = false) { name @skip(if: $s) obj { name } }");

        result.HasData.ShouldBeTrue();
        result.Data.ShouldBeNull();
        var error = result.Errors.ShouldHaveSingleItem();
        error.Path.ShouldBeNull();
        error.Message.ShouldBe("Argument \"@skip(if:)\" has invalid value: Expected variable \"$s\" provided to non-null type \"Boolean!\" not to be null.");
    }

    private static Task<ExecutionResult> RunAsync(string query) =>
        Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = Schema,
            Document = Parser.Parse(query),
            Variables = new Dictionary<string, object?> { ["i"] = null, ["s"] = null },
        });
}
