using Serverless.GraphQL.Batching;

namespace Serverless.GraphQL.Tests.Batching;

public sealed class DataLoaderCancellationTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Cancelling_a_load_cancels_that_wait_at_once_and_leaves_the_shared_key_to_others()
    {
        var dispatcher = new BatchDispatcher();
        var recorder = new BatchRecorder<int, string>(key => $"doc{key}");
        var loader = new DataLoader<int, string>(dispatcher, recorder.LoadAsync);
        using var callerGone = new CancellationTokenSource();

        var abandoned = loader.LoadAsync(1, callerGone.Token);
        var kept = loader.LoadAsync(1, None);
        await callerGone.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(abandoned);
        recorder.Calls.ShouldBeEmpty();
        await dispatcher.DispatchAsync(None);
        (await kept).ShouldBe("doc1");
    }

    [Fact]
    public async Task Dispatch_with_a_cancelled_request_cancels_pending_loads_without_calling_the_batch_function()
    {
        var dispatcher = new BatchDispatcher();
        var recorder = new BatchRecorder<int, string>(key => $"doc{key}");
        var loader = new DataLoader<int, string>(dispatcher, recorder.LoadAsync);
        using var request = new CancellationTokenSource();

        var load = loader.LoadAsync(1, None);
        await request.CancelAsync();
        await dispatcher.DispatchAsync(request.Token);

        await Should.ThrowAsync<OperationCanceledException>(load);
        recorder.Calls.ShouldBeEmpty();
        loader.Statistics.Errors.ShouldBe(0, "a cancelled request is not a load error");
    }

    [Fact]
    public async Task Batch_function_receives_the_request_token()
    {
        var dispatcher = new BatchDispatcher();
        var recorder = new BatchRecorder<int, string>(key => $"doc{key}");
        var loader = new DataLoader<int, string>(dispatcher, recorder.LoadAsync);
        using var request = new CancellationTokenSource();

        var load = loader.LoadAsync(1, None);
        await dispatcher.DispatchAsync(request.Token);

        (await load).ShouldBe("doc1");
        recorder.LastToken.ShouldBe(request.Token);
    }

    [Fact]
    public async Task Request_cancelled_during_a_batch_cancels_its_loads_without_counting_errors()
    {
        var dispatcher = new BatchDispatcher();
        var batchStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var loader = new DataLoader<int, string>(
            dispatcher,
            async (IReadOnlyList<int> keys, CancellationToken token) =>
            {
                batchStarted.SetResult();
                await Task.Delay(Timeout.Infinite, token);
                return (IReadOnlyList<string>)[.. keys.Select(key => $"doc{key}")];
            });
        using var request = new CancellationTokenSource();

        // The load itself does not observe the token: the batch function's cancellation must reach it.
        var run = dispatcher.RunUntilCompleteAsync(_ => loader.LoadAsync(1, None), request.Token);
        await batchStarted.Task;
        await request.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(run);
        loader.Statistics.Errors.ShouldBe(0);
    }

    [Fact]
    public async Task Request_cancelled_while_resolvers_run_cancels_pending_loads_without_calling_the_batch_function()
    {
        var dispatcher = new BatchDispatcher();
        var recorder = new BatchRecorder<int, string>(key => $"doc{key}");
        var loader = new DataLoader<int, string>(dispatcher, recorder.LoadAsync);
        var loadRequested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var request = new CancellationTokenSource();

        var run = dispatcher.RunUntilCompleteAsync(
            async token =>
            {
                // The load does not observe the token itself: only the dispatcher can cancel it.
                var load = loader.LoadAsync(1, None);
                loadRequested.SetResult();

                // Busy resolver work keeps the scheduler from going idle until the request is cancelled.
                token.WaitHandle.WaitOne();
                return await load;
            },
            request.Token);
        await loadRequested.Task;
        await request.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(run);
        recorder.Calls.ShouldBeEmpty();
    }
}
