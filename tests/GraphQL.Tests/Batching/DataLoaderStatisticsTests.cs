using Serverless.GraphQL.Batching;

namespace Serverless.GraphQL.Tests.Batching;

public sealed class DataLoaderStatisticsTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Statistics_count_loads_batches_keys_cache_hits_and_errors()
    {
        var dispatcher = new BatchDispatcher();
        var loader = new DataLoader<int, string>(
            dispatcher,
            (keys, _) => ValueTask.FromResult<IReadOnlyList<BatchResult<string>>>(
                [.. keys.Select(key => key < 0
                    ? BatchResult.Failure<string>(new ArgumentException($"negative id {key}"))
                    : BatchResult.Success($"doc{key}"))]),
            new DataLoaderOptions<int> { MaxBatchSize = 2 });

        var loads = loader.LoadAll(1, 2, 1, -3, 2, 1);
        await dispatcher.DispatchAsync(None);
        await Should.ThrowAsync<ArgumentException>(Task.WhenAll(loads));

        loader.Statistics.ShouldBe(new DataLoaderStatistics(Loads: 6, BatchInvocations: 2, BatchedKeys: 3, CacheHits: 3, Errors: 1));
    }

    [Fact]
    public async Task A_throwing_batch_function_counts_one_failed_batch_and_its_keys()
    {
        var dispatcher = new BatchDispatcher();
        var loader = new DataLoader<int, string>(
            dispatcher,
            (IReadOnlyList<int> _, CancellationToken _) => ValueTask.FromException<IReadOnlyList<string>>(new InvalidOperationException("down")));

        var loads = loader.LoadAll(1, 2, 2);
        await dispatcher.DispatchAsync(None);
        await Should.ThrowAsync<InvalidOperationException>(Task.WhenAll(loads));

        loader.Statistics.ShouldBe(new DataLoaderStatistics(Loads: 3, BatchInvocations: 1, BatchedKeys: 2, CacheHits: 1, Errors: 2, FailedBatches: 1, FailedBatchKeys: 2));
    }

    [Fact]
    public async Task Dispatcher_statistics_add_up_every_loader_of_the_request()
    {
        var dispatcher = new BatchDispatcher();
        var users = new DataLoader<int, string>(dispatcher, new BatchRecorder<int, string>(key => $"user{key}").LoadAsync);
        var posts = new DataLoader<int, string>(dispatcher, new BatchRecorder<int, string>(key => $"post{key}").LoadAsync);

        var loads = new[]
        {
            users.LoadAsync(1, None), users.LoadAsync(2, None), users.LoadAsync(1, None),
            posts.LoadAsync(5, None),
        };
        await dispatcher.DispatchAsync(None);
        await Task.WhenAll(loads);

        users.Statistics.ShouldBe(new DataLoaderStatistics(3, 1, 2, 1, 0));
        posts.Statistics.ShouldBe(new DataLoaderStatistics(1, 1, 1, 0, 0));
        dispatcher.Statistics.ShouldBe(new DataLoaderStatistics(Loads: 4, BatchInvocations: 2, BatchedKeys: 3, CacheHits: 1, Errors: 0));
        dispatcher.Rounds.ShouldBe(1);
    }

    [Fact]
    public void New_dispatcher_reports_empty_statistics()
    {
        new BatchDispatcher().Statistics.ShouldBe(DataLoaderStatistics.Empty);
    }

    [Fact]
    public void Adding_snapshots_adds_every_counter()
    {
        var sum = new DataLoaderStatistics(1, 2, 3, 4, 5).Add(new DataLoaderStatistics(10, 20, 30, 40, 50));

        sum.ShouldBe(new DataLoaderStatistics(11, 22, 33, 44, 55));
    }
}
