using Serverless.GraphQL.Batching;

namespace Serverless.GraphQL.Tests.Batching;

public sealed class BatchDispatcherTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Dispatch_with_nothing_pending_does_nothing()
    {
        var dispatcher = new BatchDispatcher();

        dispatcher.HasPending.ShouldBeFalse();
        await dispatcher.DispatchAsync(None);

        dispatcher.Rounds.ShouldBe(0);
    }

    [Fact]
    public async Task Loads_requested_by_continuations_of_a_round_wait_for_the_next_round()
    {
        var dispatcher = new BatchDispatcher();
        var parents = new BatchRecorder<int, int>(key => key * 10);
        var children = new BatchRecorder<int, string>(key => $"child{key}");
        var parentLoader = new DataLoader<int, int>(dispatcher, parents.LoadAsync);
        var childLoader = new DataLoader<int, string>(dispatcher, children.LoadAsync);

        var chained = ChainAsync(parentLoader, childLoader);
        await dispatcher.DispatchAsync(None);
        var childLoad = await chained;

        childLoad.IsCompleted.ShouldBeFalse();
        children.Calls.ShouldBeEmpty();
        dispatcher.HasPending.ShouldBeTrue();

        await dispatcher.DispatchAsync(None);

        (await childLoad).ShouldBe("child10");
        dispatcher.Rounds.ShouldBe(2);
    }

    [Fact]
    public async Task One_round_runs_the_batches_of_all_loaders_concurrently()
    {
        var dispatcher = new BatchDispatcher();
        var usersStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var users = new DataLoader<int, string>(
            dispatcher,
            async (IReadOnlyList<int> keys, CancellationToken _) =>
            {
                usersStarted.SetResult();
                await Task.Yield();
                return (IReadOnlyList<string>)[.. keys.Select(key => $"user{key}")];
            });
        var posts = new DataLoader<int, string>(
            dispatcher,
            async (IReadOnlyList<int> keys, CancellationToken _) =>
            {
                // Only completes if the users batch was started without waiting for this one to finish.
                await usersStarted.Task;
                return (IReadOnlyList<string>)[.. keys.Select(key => $"post{key}")];
            });

        var post = posts.LoadAsync(1, None);
        var user = users.LoadAsync(2, None);
        await dispatcher.DispatchAsync(None);

        (await post).ShouldBe("post1");
        (await user).ShouldBe("user2");
        dispatcher.Rounds.ShouldBe(1);
    }

    [Fact]
    public async Task Run_until_complete_returns_the_work_result_after_the_rounds_it_needs()
    {
        var dispatcher = new BatchDispatcher();
        var recorder = new BatchRecorder<int, int>(key => key + 1);
        var loader = new DataLoader<int, int>(dispatcher, recorder.LoadAsync);

        var result = await dispatcher.RunUntilCompleteAsync(
            async token =>
            {
                var one = await loader.LoadAsync(0, token);
                var two = await loader.LoadAsync(one, token);
                return await loader.LoadAsync(two, token);
            },
            None);

        result.ShouldBe(3);
        dispatcher.Rounds.ShouldBe(3);
    }

    [Fact]
    public async Task Run_until_complete_propagates_the_work_failure()
    {
        var dispatcher = new BatchDispatcher();
        var recorder = new BatchRecorder<int, int>(key => key);
        var loader = new DataLoader<int, int>(dispatcher, recorder.LoadAsync);

        var error = await Should.ThrowAsync<FormatException>(dispatcher.RunUntilCompleteAsync(
            async token =>
            {
                await loader.LoadAsync(1, token);
                throw new FormatException("bad field value");
            },
            None));

        error.Message.ShouldBe("bad field value");
    }

    [Fact]
    public async Task Loads_from_code_that_left_the_request_scheduler_still_complete()
    {
        var dispatcher = new BatchDispatcher();
        var recorder = new BatchRecorder<int, int>(key => key * 2);
        var loader = new DataLoader<int, int>(dispatcher, recorder.LoadAsync);

        var result = await dispatcher.RunUntilCompleteAsync(
            token => Task.Run(() => loader.LoadAsync(21, token), token),
            None);

        result.ShouldBe(42);
    }

    [Fact]
    public async Task Run_until_complete_cannot_run_twice_at_once_on_one_dispatcher()
    {
        var dispatcher = new BatchDispatcher();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var first = dispatcher.RunUntilCompleteAsync(_ => release.Task, None);
        var error = await Should.ThrowAsync<InvalidOperationException>(dispatcher.RunUntilCompleteAsync(_ => Task.CompletedTask, None));
        release.SetResult();
        await first;

        error.Message.ShouldContain("already running");
    }

    [Fact]
    public void Degree_of_parallelism_below_one_is_rejected()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new BatchDispatcher(0));
    }

    private static async Task<Task<string>> ChainAsync(DataLoader<int, int> parents, DataLoader<int, string> children)
    {
        var parent = await parents.LoadAsync(1, None);
        return children.LoadAsync(parent, None);
    }
}
