using Serverless.Bson;
using Serverless.Core.Batching;
using Serverless.Core.Interpolation;
using Serverless.Mongo;

namespace Serverless.Core.Tests.Batching;

/// <summary>How a query batch hits MongoDB (§9.4): which commands, with which options.</summary>
public sealed class QueryBatchExecutorTests(BatchingServer server) : IClassFixture<BatchingServer>, IAsyncLifetime
{
    private readonly string _database = BatchingServer.UniqueDatabaseName("batchq");

    private MongoCollection Movies => server.Client.GetDatabase(_database).GetCollection("movies");

    private QueryBatchExecutor Executor => new(server.Client, _database, "movies");

    public async Task InitializeAsync()
    {
        await Movies.InsertManyAsync(Enumerable.Range(1, 12).Select(i => new BsonDocument([new("_id", i), new("year", 2000 + (i % 4)), new("title", "m" + i)])));
        server.Commands.Clear();
    }

    public Task DisposeAsync() => server.DropDatabaseAsync(_database);

    [Fact]
    public async Task One_key_is_one_plain_find_with_filter_sort_skip_and_limit()
    {
        var results = await Executor.ExecuteAsync([Key("{year: 2001}", "{_id: -1}", skip: 1, limit: 2)], null, CancellationToken.None);

        var find = server.Commands.Reads.ShouldHaveSingleItem();
        find.CommandName.ShouldBe("find");
        find.Command["filter"].ShouldBe(Doc("{year: 2001}"));
        find.Command["sort"].ShouldBe(Doc("{_id: -1}"));
        find.Command["skip"].ShouldBe(1);
        find.Command["limit"].ShouldBe(2);
        find.Command.Contains("maxTimeMS").ShouldBeFalse();
        results.ShouldHaveSingleItem().Select(d => d["_id"]).ShouldBe([5, 1]);
    }

    [Fact]
    public async Task Several_keys_are_one_aggregate_with_an_or_match_and_one_facet_per_key()
    {
        var results = await Executor.ExecuteAsync(
            [Key("{year: 2001}", "{_id: -1}", skip: 1, limit: 2), Key("{title: 'm4'}"), Key("{year: {$gte: 2002}}", "{year: 1, _id: 1}", limit: 3)],
            null,
            CancellationToken.None);

        var aggregate = server.Commands.Reads.ShouldHaveSingleItem();
        aggregate.CommandName.ShouldBe("aggregate");
        aggregate.Command["allowDiskUse"].ShouldBe(true);
        var pipeline = aggregate.Command["pipeline"].AsArray;
        pipeline.Count.ShouldBe(2);
        pipeline[0].ShouldBe(Doc("{$match: {$or: [{year: 2001}, {title: 'm4'}, {year: {$gte: 2002}}]}}"));
        pipeline[1].AsDocument["$facet"].AsDocument.Names.ShouldBe(["k0", "k1", "k2"]);
        pipeline[1].AsDocument["$facet"].AsDocument["k0"].ShouldBe(ShellJson.Array("[{$match: {year: 2001}}, {$sort: {_id: -1}}, {$skip: 1}, {$limit: 2}]"));
        results.Select(r => r.Select(d => d["_id"].AsInt32).ToArray()).ShouldBe([[5, 1], [4], [2, 6, 10]]);
    }

    [Fact]
    public async Task Equalities_on_one_path_narrow_with_an_in_list_and_keep_per_key_results()
    {
        var results = await Executor.ExecuteAsync(
            [Key("{year: 2001}", "{_id: -1}", limit: 2), Key("{year: 2003}"), Key("{year: 2001}", "{_id: 1}", skip: 1, limit: 1)],
            null,
            CancellationToken.None);

        var pipeline = server.Commands.Reads.ShouldHaveSingleItem().Command["pipeline"].AsArray;
        pipeline[0].ShouldBe(Doc("{$match: {year: {$in: [2001, 2003, 2001]}}}"));
        results.Select(r => r.Select(d => d["_id"].AsInt32).ToArray()).ShouldBe([[9, 5], [3, 7, 11], [5]]);
    }

    [Theory]
    [InlineData("{year: 2001}", "{title: 'm4'}")]
    [InlineData("{year: 2001}", "{year: {$gte: 2002}}")]
    [InlineData("{title: 'm1'}", "{title: {$regularExpression: {pattern: 'm', options: ''}}}")]
    [InlineData("{year: 2001, title: 'm1'}", "{year: 2002}")]
    public async Task Filters_other_than_plain_equalities_on_one_path_keep_the_or(string first, string second)
    {
        await Executor.ExecuteAsync([Key(first), Key(second)], null, CancellationToken.None);

        var narrowing = server.Commands.Reads.ShouldHaveSingleItem().Command["pipeline"].AsArray[0].AsDocument["$match"].AsDocument;
        narrowing.Names.ShouldBe(["$or"]);
    }

    [Fact]
    public async Task An_empty_filter_drops_the_narrowing_match_because_it_would_match_everything()
    {
        var results = await Executor.ExecuteAsync([Key("{}", "{_id: 1}", limit: 2), Key("{year: 2003}", limit: 1)], null, CancellationToken.None);

        var pipeline = server.Commands.Reads.ShouldHaveSingleItem().Command["pipeline"].AsArray;
        pipeline.ShouldHaveSingleItem().AsDocument.Names.ShouldBe(["$facet"]);
        results.Select(r => r.Select(d => d["_id"].AsInt32).ToArray()).ShouldBe([[1, 2], [3]]);
    }

    [Fact]
    public async Task Equal_keys_each_get_the_same_documents()
    {
        var key = Key("{year: 2000}", "{_id: 1}", limit: 100);

        var results = await Executor.ExecuteAsync([key, key], null, CancellationToken.None);

        server.Commands.Reads.ShouldHaveSingleItem().CommandName.ShouldBe("aggregate");
        results[0].Select(d => d["_id"]).ShouldBe([4, 8, 12]);
        results[1].ShouldBe(results[0]);
    }

    [Fact]
    public async Task The_remaining_time_budget_is_sent_as_maxTimeMS_on_find_and_aggregate()
    {
        await Executor.ExecuteAsync([Key("{year: 2001}")], TimeSpan.FromSeconds(30), CancellationToken.None);
        await Executor.ExecuteAsync([Key("{year: 2001}"), Key("{year: 2002}")], TimeSpan.FromSeconds(30), CancellationToken.None);

        var reads = server.Commands.Reads;
        reads.Select(r => r.CommandName).ShouldBe(["find", "aggregate"]);
        foreach (var read in reads)
        {
            read.Command["maxTimeMS"].AsInt32.ShouldBeInRange(1, 30_000);
        }
    }

    [Fact]
    public async Task A_used_up_budget_fails_as_a_timeout_without_sending_anything()
    {
        await Should.ThrowAsync<MongoTimeoutException>(() => Executor.ExecuteAsync([Key("{}"), Key("{year: 2000}")], TimeSpan.Zero, CancellationToken.None));

        server.Commands.Started.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_natural_order_sort_runs_as_its_own_find_beside_the_batch()
    {
        var keys = new[] { Key("{year: 2001}", "{$natural: -1}", limit: 2), Key("{year: 2002}", limit: 5), Key("{year: 2003}", "{_id: -1}", limit: 5) };
        var counted = 0;

        var results = await new QueryBatchExecutor(server.Client, _database, "movies", () => Interlocked.Increment(ref counted)).ExecuteAsync(keys, null, CancellationToken.None);

        server.Commands.Reads.Select(r => r.CommandName).Order().ShouldBe(["aggregate", "find"]);
        counted.ShouldBe(2);
        for (var i = 0; i < keys.Length; i++)
        {
            results[i].ShouldBe(await BatchingServer.FindAsync(Movies, keys[i].Find, QueryBatchEquivalenceTests.FindOptionsOf(keys[i])));
        }
    }

    [Fact]
    public async Task A_batch_whose_facet_document_is_too_large_falls_back_to_one_find_per_key()
    {
        var large = new string('x', 3 * 1024 * 1024);
        await Movies.InsertManyAsync(Enumerable.Range(100, 3).Select(i => new BsonDocument([new("_id", i), new("year", 1990), new("blob", large)])));
        server.Commands.Clear();

        var counted = 0;

        var results = await new QueryBatchExecutor(server.Client, _database, "movies", () => Interlocked.Increment(ref counted))
            .ExecuteAsync([Key("{year: 1990}", limit: 10), Key("{year: {$lt: 1999}}", limit: 10)], null, CancellationToken.None);

        server.Commands.Reads.Select(r => r.CommandName).ShouldBe(["aggregate", "find", "find"], ignoreOrder: true);
        counted.ShouldBe(3);
        results.Select(r => r.Count).ShouldBe([3, 3]);
    }

    [Fact]
    public async Task A_cancelled_token_cancels_the_batch()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => Executor.ExecuteAsync([Key("{}"), Key("{year: 2000}")], null, cancelled.Token));
        await Should.ThrowAsync<OperationCanceledException>(() => Executor.ExecuteAsync([Key("{}")], null, cancelled.Token));
    }

    [Fact]
    public async Task An_empty_batch_sends_nothing()
    {
        (await Executor.ExecuteAsync([], null, CancellationToken.None)).ShouldBeEmpty();

        server.Commands.Started.ShouldBeEmpty();
    }

    private static InterpolatedQuery Key(string find, string? sort = null, int skip = 0, int limit = 100) =>
        new(Doc(find), sort is null ? null : Doc(sort), skip, limit);

    private static BsonDocument Doc(string json) => ShellJson.Doc(json);
}
