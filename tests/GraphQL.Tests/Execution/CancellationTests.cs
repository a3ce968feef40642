using Serverless.GraphQL.Execution;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Tests.Execution;

/// <summary>
/// Cancellation is reported apart from field errors: <see cref="Executor.ExecuteAsync"/> throws
/// <see cref="OperationCanceledException"/> (the product maps it to HTTP 408).
/// </summary>
public sealed class CancellationTests
{
    private const string Sdl = "type Query { slow: String fast: String }";

    [Fact]
    public async Task Cancelling_the_request_stops_a_waiting_resolver_and_throws()
    {
        using var request = new CancellationTokenSource();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        CancellationToken seen = default;
        var schema = ExecutionTestKit.Build(Sdl, new Dictionary<string, FieldResolver>
        {
            ["Query.slow"] = async context =>
            {
                seen = context.CancellationToken;
                started.SetResult();
                await Task.Delay(Timeout.Infinite, context.CancellationToken);
                return "never";
            },
        });

        var execution = Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Document = Parser.Parse("{ fast slow }"), CancellationToken = request.Token });
        await started.Task;
        await request.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(execution);
        seen.ShouldBe(request.Token);
    }

    [Fact]
    public async Task An_already_cancelled_request_runs_no_resolver()
    {
        var calls = 0;
        var schema = ExecutionTestKit.Build(Sdl, new Dictionary<string, FieldResolver>
        {
            ["Query.fast"] = _ => ValueTask.FromResult<object?>($"call {Interlocked.Increment(ref calls)}"),
        });

        await Should.ThrowAsync<OperationCanceledException>(Executor.ExecuteAsync(
            new ExecutionRequest { Schema = schema, Document = Parser.Parse("{ fast }"), CancellationToken = new CancellationToken(canceled: true) }));
        calls.ShouldBe(0);
    }

    [Fact]
    public async Task A_resolver_timeout_of_its_own_is_a_field_error_not_a_cancellation()
    {
        var schema = ExecutionTestKit.Build(Sdl, new Dictionary<string, FieldResolver>
        {
            ["Query.slow"] = _ => throw new OperationCanceledException("downstream timed out"),
            ["Query.fast"] = _ => ValueTask.FromResult<object?>("ok"),
        });

        var result = await ExecutionTestKit.RunAsync(schema, "{ slow fast }");

        result.Data!["fast"].ShouldBe("ok");
        result.Errors.ShouldHaveSingleItem().Path.ShouldBe(["slow"]);
    }
}
