using Serverless.GraphQL.Batching;

namespace Serverless.GraphQL.Tests.Batching;

public sealed class DataLoaderTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Loads_wait_for_dispatch_and_reach_one_batch_in_request_order()
    {
        var dispatcher = new BatchDispatcher();
        var recorder = new BatchRecorder<int, string>(key => $"v{key}");
        var loader = new DataLoader<int, string>(dispatcher, recorder.LoadAsync);

        var loads = loader.LoadAll(3, 1, 2);

        loads.ShouldAllBe(load => !load.IsCompleted);
        recorder.Calls.ShouldBeEmpty();
        dispatcher.HasPending.ShouldBeTrue();

        await dispatcher.DispatchAsync(None);

        dispatcher.HasPending.ShouldBeFalse();
        recorder.Calls.Single().ShouldBe([3, 1, 2]);
        (await Task.WhenAll(loads)).ShouldBe(["v3", "v1", "v2"]);
    }

    [Fact]
    public async Task Caching_sends_a_duplicate_key_once_and_shares_its_result()
    {
        var dispatcher = new BatchDispatcher();
        var recorder = new BatchRecorder<int, object>(key => new object());
        var loader = new DataLoader<int, object>(dispatcher, recorder.LoadAsync);

        var first = loader.LoadAsync(7, None);
        var second = loader.LoadAsync(7, None);
        await dispatcher.DispatchAsync(None);
        var third = loader.LoadAsync(7, None);

        recorder.Calls.Single().ShouldBe([7]);
        (await second).ShouldBeSameAs(await first);
        third.IsCompleted.ShouldBeTrue("a key loaded earlier in the request is answered from the cache");
        (await third).ShouldBeSameAs(await first);
        dispatcher.HasPending.ShouldBeFalse();
        loader.Statistics.CacheHits.ShouldBe(2);
    }

    [Fact]
    public async Task Without_caching_every_load_sends_its_key_and_gets_its_own_result()
    {
        var dispatcher = new BatchDispatcher();
        var recorder = new BatchRecorder<int, object>(key => new object());
        var loader = new DataLoader<int, object>(dispatcher, recorder.LoadAsync, new DataLoaderOptions<int> { Caching = false });

        var first = loader.LoadAsync(7, None);
        var second = loader.LoadAsync(7, None);
        await dispatcher.DispatchAsync(None);
        var third = loader.LoadAsync(7, None);
        await dispatcher.DispatchAsync(None);

        recorder.Calls.Count.ShouldBe(2);
        recorder.Calls[0].ShouldBe([7, 7]);
        recorder.Calls[1].ShouldBe([7]);
        new[] { await first, await second, await third }.Distinct().Count().ShouldBe(3);
        loader.Statistics.CacheHits.ShouldBe(0);
    }

    [Fact]
    public async Task Custom_key_comparer_decides_which_keys_are_duplicates()
    {
        var dispatcher = new BatchDispatcher();
        var recorder = new BatchRecorder<string, string>(key => key.ToUpperInvariant());
        var loader = new DataLoader<string, string>(
            dispatcher, recorder.LoadAsync, new DataLoaderOptions<string> { KeyComparer = StringComparer.OrdinalIgnoreCase });

        var loads = loader.LoadAll("alice", "ALICE", "Bob", "bob", "carol");
        await dispatcher.DispatchAsync(None);

        recorder.Calls.Single().ShouldBe(["alice", "Bob", "carol"]);
        (await Task.WhenAll(loads)).ShouldBe(["ALICE", "ALICE", "BOB", "BOB", "CAROL"]);
    }

    [Fact]
    public async Task Default_key_equality_is_value_equality_for_records()
    {
        var dispatcher = new BatchDispatcher();
        var recorder = new BatchRecorder<CompositeKey, string>(key => $"{key.Collection}/{key.Id}");
        var loader = new DataLoader<CompositeKey, string>(dispatcher, recorder.LoadAsync);

        var a = loader.LoadAsync(new CompositeKey("users", 1), None);
        var b = loader.LoadAsync(new CompositeKey("users", 1), None);
        var c = loader.LoadAsync(new CompositeKey("posts", 1), None);
        await dispatcher.DispatchAsync(None);

        recorder.Calls.Single().Length.ShouldBe(2);
        (await a).ShouldBe("users/1");
        (await b).ShouldBe("users/1");
        (await c).ShouldBe("posts/1");
    }

    [Fact]
    public async Task Without_batching_each_load_calls_the_batch_function_at_once_with_its_key()
    {
        var dispatcher = new BatchDispatcher();
        var recorder = new BatchRecorder<int, int>(key => key * 10);
        var loader = new DataLoader<int, int>(dispatcher, recorder.LoadAsync, new DataLoaderOptions<int> { Batching = false });

        var first = loader.LoadAsync(1, None);
        var second = loader.LoadAsync(2, None);

        dispatcher.HasPending.ShouldBeFalse();
        (await first).ShouldBe(10);
        (await second).ShouldBe(20);
        recorder.Calls.Count.ShouldBe(2);
        recorder.Calls.ShouldAllBe(call => call.Length == 1);
    }

    [Fact]
    public async Task Without_batching_caching_still_shares_a_repeated_key()
    {
        var dispatcher = new BatchDispatcher();
        var recorder = new BatchRecorder<int, object>(key => new object());
        var loader = new DataLoader<int, object>(dispatcher, recorder.LoadAsync, new DataLoaderOptions<int> { Batching = false });

        var first = await loader.LoadAsync(1, None);
        var second = await loader.LoadAsync(1, None);

        second.ShouldBeSameAs(first);
        recorder.Calls.Count.ShouldBe(1);
    }

    [Fact]
    public async Task MaxBatchSize_splits_a_batch_into_consecutive_calls()
    {
        var dispatcher = new BatchDispatcher();
        var recorder = new BatchRecorder<int, int>(key => -key);
        var loader = new DataLoader<int, int>(dispatcher, recorder.LoadAsync, new DataLoaderOptions<int> { MaxBatchSize = 4 });

        var loads = Enumerable.Range(1, 10).Select(key => loader.LoadAsync(key, None)).ToArray();
        await dispatcher.DispatchAsync(None);

        recorder.Calls.OrderBy(call => call[0]).ShouldBe([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10]]);
        (await Task.WhenAll(loads)).ShouldBe(Enumerable.Range(1, 10).Select(key => -key));
        dispatcher.Rounds.ShouldBe(1);
        loader.Statistics.BatchInvocations.ShouldBe(3);
    }

    [Fact]
    public void MaxBatchSize_below_one_is_rejected()
    {
        var recorder = new BatchRecorder<int, int>(key => key);

        var error = Should.Throw<ArgumentOutOfRangeException>(
            () => new DataLoader<int, int>(new BatchDispatcher(), recorder.LoadAsync, new DataLoaderOptions<int> { MaxBatchSize = 0 }));

        error.Message.ShouldContain("MaxBatchSize must be at least 1");
    }

    [Fact]
    public void Null_key_is_rejected()
    {
        var recorder = new BatchRecorder<string, string>(key => key);
        var loader = new DataLoader<string, string>(new BatchDispatcher(), recorder.LoadAsync);

        Should.Throw<ArgumentNullException>(() => loader.LoadAsync(null!, None));
    }

    [Fact]
    public async Task Dictionary_batch_function_matches_values_to_keys_in_any_order()
    {
        var dispatcher = new BatchDispatcher();
        var loader = new DataLoader<int, string>(
            dispatcher,
            (keys, _) => ValueTask.FromResult<IReadOnlyDictionary<int, string>>(
                keys.Reverse().ToDictionary(key => key, key => $"doc{key}")));

        var loads = loader.LoadAll(1, 2, 3);
        await dispatcher.DispatchAsync(None);

        (await Task.WhenAll(loads)).ShouldBe(["doc1", "doc2", "doc3"]);
    }

    [Fact]
    public async Task LoadMany_returns_values_in_key_order_from_one_batch()
    {
        var dispatcher = new BatchDispatcher();
        var recorder = new BatchRecorder<int, int>(key => key * key);
        var loader = new DataLoader<int, int>(dispatcher, recorder.LoadAsync);

        var many = loader.LoadManyAsync([4, 2, 4, 3], None);
        await dispatcher.DispatchAsync(None);

        (await many).ShouldBe([16, 4, 16, 9]);
        recorder.Calls.Single().ShouldBe([4, 2, 3]);
    }

    private sealed record CompositeKey(string Collection, int Id);
}
