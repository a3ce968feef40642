using System.Runtime.CompilerServices;
using Serverless.GraphQL.Execution;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Tests.Execution;

/// <summary>§6.2.3 Subscribe: the root field's resolver gives the source stream; each event becomes one response.</summary>
public sealed class SubscriptionTests
{
    private const string Sdl = """
        type Query { a: String }
        type Subscription { ticks(count: Int!): Tick broken: Tick refused: Tick }
        type Tick { n: Int double: Int }
        """;

    private static readonly Schema Schema = ExecutionTestKit.Build(Sdl, new Dictionary<string, FieldResolver>
    {
        ["Subscription.ticks"] = context => ValueTask.FromResult<object?>(Ticks((int)context.Arguments["count"]!, context.CancellationToken)),
        ["Subscription.broken"] = ExecutionTestKit.Value("not a stream"),
        ["Subscription.refused"] = _ => throw new GraphQLException("Not subscribed."),
        ["Tick.double"] = context => ValueTask.FromResult<object?>(2 * (int)((IReadOnlyDictionary<string, object?>)context.Parent!)["n"]!),
        ["Query.a"] = ExecutionTestKit.Value("A"),
    });

    [Fact]
    public async Task Each_source_event_executes_the_selection_set()
    {
        var responses = await CollectAsync("subscription { ticks(count: 3) { n double } }");

        responses.Select(response => response.ToJson()).ShouldBe(
        [
            """{"data":{"ticks":{"n":1,"double":2}}}""",
            """{"data":{"ticks":{"n":2,"double":4}}}""",
            """{"data":{"ticks":{"n":3,"double":6}}}""",
        ]);
    }

    [Fact]
    public async Task A_failing_subscribe_resolver_yields_one_error_result_without_data()
    {
        var responses = await CollectAsync("subscription { refused { n } }");

        responses.ShouldHaveSingleItem().ToJson().ShouldBe(StarWars.Json("""
            {"errors":[{"message":"Not subscribed.","locations":[{"line":1,"column":16}],"path":["refused"]}]}
            """));
    }

    [Fact]
    public async Task A_subscribe_resolver_that_returns_no_stream_is_an_error()
    {
        var responses = await CollectAsync("subscription { broken { n } }");

        responses.ShouldHaveSingleItem().Errors.ShouldHaveSingleItem().Message.ShouldBe("Subscription field must return AsyncIterable. Received: String.");
    }

    [Fact]
    public async Task A_query_through_SubscribeAsync_yields_its_single_result()
    {
        var responses = await CollectAsync("{ a }");

        responses.ShouldHaveSingleItem().ToJson().ShouldBe("""{"data":{"a":"A"}}""");
    }

    [Fact]
    public async Task Cancelling_the_enumeration_ends_the_stream_with_OperationCanceledException()
    {
        using var stop = new CancellationTokenSource();
        var seen = 0;
        var stream = Executor.SubscribeAsync(new ExecutionRequest { Schema = Schema, Document = Parser.Parse("subscription { ticks(count: 1000000) { n } }") });

        await Should.ThrowAsync<OperationCanceledException>(async () =>
        {
            await foreach (var response in stream.WithCancellation(stop.Token))
            {
                response.Errors.ShouldBeEmpty();
                if (++seen == 2)
                {
                    await stop.CancelAsync();
                }
            }
        });
        seen.ShouldBe(2);
    }

    private static async Task<List<ExecutionResult>> CollectAsync(string query)
    {
        var responses = new List<ExecutionResult>();
        await foreach (var response in Executor.SubscribeAsync(new ExecutionRequest { Schema = Schema, Document = Parser.Parse(query) }))
        {
            responses.Add(response);
        }

        return responses;
    }

    private static async IAsyncEnumerable<object?> Ticks(int count, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var n = 1; n <= count; n++)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return new Dictionary<string, object?> { ["n"] = n };
        }
    }
}
