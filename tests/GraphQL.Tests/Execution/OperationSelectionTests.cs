using Serverless.GraphQL.Types;
using static Serverless.GraphQL.Tests.Execution.ExecutionTestKit;

namespace Serverless.GraphQL.Tests.Execution;

/// <summary>§6.1 GetOperation and the request errors raised before execution starts (no "data" entry, §7.1).</summary>
public sealed class OperationSelectionTests
{
    private static readonly Schema Schema = Build("type Query { a: String b: String }", new Dictionary<string, FieldResolver>
    {
        ["Query.a"] = Value("A"),
        ["Query.b"] = Value("B"),
    });

    [Fact]
    public async Task Runs_the_named_operation()
    {
        var result = await RunAsync(Schema, "query First { a } query Second { b }", operationName: "Second");

        result.ToJson().ShouldBe(StarWars.Json("""{"data":{"b":"B"}}"""));
    }

    [Theory]
    [InlineData("query First { a } query Second { b }", null, "Must provide operation name if query contains multiple operations.")]
    [InlineData("query First { a }", "Third", "Unknown operation named \"Third\".")]
    [InlineData("fragment F on Query { a }", null, "Must provide an operation.")]
    [InlineData("mutation { a }", null, "Schema is not configured to execute mutation operation.")]
    [InlineData("subscription { a }", null, "Schema is not configured to execute subscription operation.")]
    public async Task Reports_request_errors_without_data(string query, string? operationName, string message)
    {
        var result = await RunAsync(Schema, query, operationName: operationName);

        result.HasData.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().Message.ShouldBe(message);
        result.ToJson().ShouldNotContain("\"data\"");
    }

    [Fact]
    public async Task ExecuteAsync_sends_subscriptions_to_SubscribeAsync_with_a_request_error()
    {
        var schema = Build("type Query { a: String } type Subscription { ticks: Int }", new Dictionary<string, FieldResolver>());

        var result = await RunAsync(schema, "subscription { ticks }");

        result.HasData.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().Message.ShouldBe("Subscription operations return a stream of responses; execute them with Executor.SubscribeAsync.");
    }

    [Fact]
    public async Task Reads_root_fields_from_a_dictionary_root_value_by_default()
    {
        var schema = Build("type Query { a: String missing: String }", new Dictionary<string, FieldResolver>());

        var result = await RunAsync(schema, "{ a missing }", root: Map(("a", "from root")));

        result.ToJson().ShouldBe(StarWars.Json("""{"data":{"a":"from root","missing":null}}"""));
    }
}
