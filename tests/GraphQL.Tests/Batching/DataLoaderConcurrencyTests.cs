using Serverless.GraphQL.Batching;

namespace Serverless.GraphQL.Tests.Batching;

public sealed class DataLoaderConcurrencyTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Loads_from_many_threads_reach_one_batch_with_each_key_once()
    {
        var dispatcher = new BatchDispatcher();
        var recorder = new BatchRecorder<int, string>(key => $"doc{key}");
        var loader = new DataLoader<int, string>(dispatcher, recorder.LoadAsync);
        var loads = new Task<string>[4000];

        Parallel.For(0, loads.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => loads[i] = loader.LoadAsync(i % 200, None));
        await dispatcher.DispatchAsync(None);

        var values = await Task.WhenAll(loads);
        for (var i = 0; i < values.Length; i++)
        {
            values[i].ShouldBe($"doc{i % 200}");
        }

        recorder.Calls.Single().Order().ShouldBe(Enumerable.Range(0, 200));
        loader.Statistics.ShouldBe(new DataLoaderStatistics(Loads: 4000, BatchInvocations: 1, BatchedKeys: 200, CacheHits: 3800, Errors: 0));
    }

    [Fact]
    public async Task Loads_arriving_during_a_round_are_kept_for_the_next_round_and_none_is_lost()
    {
        var dispatcher = new BatchDispatcher();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = new System.Collections.Concurrent.ConcurrentQueue<int[]>();
        var loader = new DataLoader<int, int>(
            dispatcher,
            async (IReadOnlyList<int> keys, CancellationToken _) =>
            {
                calls.Enqueue([.. keys]);
                await release.Task;
                return (IReadOnlyList<int>)[.. keys.Select(key => key + 1000)];
            });

        var firstRound = Enumerable.Range(0, 100).Select(key => loader.LoadAsync(key, None)).ToArray();
        var round = dispatcher.DispatchAsync(None);
        var late = new Task<int>[2000];
        Parallel.For(0, late.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => late[i] = loader.LoadAsync(i % 300, None));
        release.SetResult();
        await round;
        await dispatcher.DispatchAsync(None);

        (await Task.WhenAll(firstRound)).ShouldBe(Enumerable.Range(1000, 100));
        var values = await Task.WhenAll(late);
        for (var i = 0; i < values.Length; i++)
        {
            values[i].ShouldBe((i % 300) + 1000);
        }

        calls.Count.ShouldBe(2);
        calls.SelectMany(call => call).Order().ShouldBe(Enumerable.Range(0, 300), "every key is sent exactly once");
        dispatcher.HasPending.ShouldBeFalse();
    }
}
