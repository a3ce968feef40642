using Serverless.GraphQL.Batching;

namespace Serverless.GraphQL.Tests.Batching;

public sealed class DataLoaderErrorTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Per_key_failure_fails_only_that_key()
    {
        var dispatcher = new BatchDispatcher();
        var loader = new DataLoader<int, string>(
            dispatcher,
            (keys, _) => ValueTask.FromResult<IReadOnlyList<BatchResult<string>>>(
                [.. keys.Select(key => key == 2
                    ? BatchResult.Failure<string>(new InvalidOperationException("document 2 is malformed"))
                    : BatchResult.Success($"doc{key}"))]));

        var loads = loader.LoadAll(1, 2, 3);
        await dispatcher.DispatchAsync(None);

        (await loads[0]).ShouldBe("doc1");
        (await Should.ThrowAsync<InvalidOperationException>(loads[1])).Message.ShouldBe("document 2 is malformed");
        (await loads[2]).ShouldBe("doc3");
        loader.Statistics.Errors.ShouldBe(1);
    }

    [Fact]
    public async Task Exception_thrown_by_the_batch_function_fails_every_key_of_that_batch()
    {
        var dispatcher = new BatchDispatcher();
        var failure = new IOException("connection reset");
        var loader = new DataLoader<int, string>(
            dispatcher,
            (IReadOnlyList<int> keys, CancellationToken _) => keys.Contains(2)
                ? throw failure
                : ValueTask.FromResult<IReadOnlyList<string>>([.. keys.Select(key => $"doc{key}")]),
            new DataLoaderOptions<int> { MaxBatchSize = 2 });

        var loads = loader.LoadAll(1, 2, 3);
        await dispatcher.DispatchAsync(None);

        (await Should.ThrowAsync<IOException>(loads[0])).ShouldBeSameAs(failure);
        (await Should.ThrowAsync<IOException>(loads[1])).ShouldBeSameAs(failure);
        (await loads[2]).ShouldBe("doc3", "the other part of a split batch is a separate call and succeeds");
        loader.Statistics.Errors.ShouldBe(2);
    }

    [Fact]
    public async Task Result_count_different_from_key_count_fails_the_whole_batch_with_a_clear_error()
    {
        var dispatcher = new BatchDispatcher();
        var loader = new DataLoader<int, string>(
            dispatcher,
            (keys, _) => ValueTask.FromResult<IReadOnlyList<string>>(["only one"]),
            new DataLoaderOptions<int> { Name = "Query.users" });

        var loads = loader.LoadAll(1, 2, 3);
        await dispatcher.DispatchAsync(None);

        foreach (var load in loads)
        {
            var error = await Should.ThrowAsync<DataLoaderException>(load);
            error.Message.ShouldBe(
                "The batch function of DataLoader 'Query.users' returned 1 results for 3 keys; "
                + "results must be aligned with the keys (one per key, same order).");
        }
    }

    [Fact]
    public async Task Result_list_of_wrong_length_fails_the_whole_batch_too()
    {
        var dispatcher = new BatchDispatcher();
        var loader = new DataLoader<int, string>(
            dispatcher,
            (keys, _) => ValueTask.FromResult<IReadOnlyList<BatchResult<string>>>([]));

        var load = loader.LoadAsync(1, None);
        await dispatcher.DispatchAsync(None);

        (await Should.ThrowAsync<DataLoaderException>(load)).Message.ShouldContain("returned 0 results for 1 keys");
    }

    [Fact]
    public async Task Null_results_fail_the_whole_batch_with_a_clear_error()
    {
        var dispatcher = new BatchDispatcher();
        var loader = new DataLoader<int, string>(
            dispatcher,
            (keys, _) => ValueTask.FromResult<IReadOnlyList<string>>(null!),
            new DataLoaderOptions<int> { Name = "Query.posts" });

        var load = loader.LoadAsync(1, None);
        await dispatcher.DispatchAsync(None);

        (await Should.ThrowAsync<DataLoaderException>(load)).Message
            .ShouldBe("The batch function of DataLoader 'Query.posts' returned null instead of its results.");
    }

    [Fact]
    public async Task Key_missing_from_a_dictionary_result_fails_only_that_key()
    {
        var dispatcher = new BatchDispatcher();
        var loader = new DataLoader<int, string>(
            dispatcher,
            (keys, _) => ValueTask.FromResult<IReadOnlyDictionary<int, string>>(
                keys.Where(key => key != 2).ToDictionary(key => key, key => $"doc{key}")),
            new DataLoaderOptions<int> { Name = "User.friends" });

        var found = loader.LoadAsync(1, None);
        var missing = loader.LoadAsync(2, None);
        await dispatcher.DispatchAsync(None);

        (await found).ShouldBe("doc1");
        (await Should.ThrowAsync<KeyNotFoundException>(missing)).Message
            .ShouldBe("The batch function of DataLoader 'User.friends' returned no value for key '2'.");
    }

    [Fact]
    public async Task Failed_key_stays_failed_for_the_rest_of_the_request_when_caching()
    {
        var dispatcher = new BatchDispatcher();
        var calls = 0;
        Func<IReadOnlyList<int>, CancellationToken, ValueTask<IReadOnlyList<string>>> failing = (keys, _) =>
        {
            calls++;
            throw new TimeoutException("server selection timed out");
        };
        var loader = new DataLoader<int, string>(dispatcher, failing);

        var first = loader.LoadAsync(1, None);
        await dispatcher.DispatchAsync(None);
        var again = loader.LoadAsync(1, None);

        await Should.ThrowAsync<TimeoutException>(first);
        await Should.ThrowAsync<TimeoutException>(again);
        calls.ShouldBe(1);
        dispatcher.HasPending.ShouldBeFalse();
    }
}
