using Serverless.Bson;
using Serverless.Core.Batching;
using Serverless.Mongo;

namespace Serverless.Core.Tests.Batching;

/// <summary>How an aggregation batch hits MongoDB (§9.4, aggregation loader): one $facet, or pipelines alone.</summary>
public sealed class PipelineBatchExecutorTests(BatchingServer server) : IClassFixture<BatchingServer>, IAsyncLifetime
{
    private readonly string _database = BatchingServer.UniqueDatabaseName("batchp");

    private MongoCollection Movies => server.Client.GetDatabase(_database).GetCollection("movies");

    public async Task InitializeAsync()
    {
        await Movies.InsertManyAsync(Enumerable.Range(1, 12).Select(i => new BsonDocument([new("_id", i), new("year", 2000 + (i % 4)), new("votes", i * 10)])));
        server.Commands.Clear();
    }

    public Task DisposeAsync() => server.DropDatabaseAsync(_database);

    [Fact]
    public async Task One_pipeline_is_one_aggregate_of_that_pipeline_with_the_mappings_allowDiskUse()
    {
        var pipeline = ShellJson.Pipeline("[{$match: {year: 2001}}, {$group: {_id: '$year', n: {$sum: 1}}}]");

        var results = await Executor(allowDiskUse: true).ExecuteAsync([pipeline], null, CancellationToken.None);

        var aggregate = server.Commands.Reads.ShouldHaveSingleItem();
        aggregate.Command["pipeline"].ShouldBe(new BsonArray(pipeline));
        aggregate.Command["allowDiskUse"].ShouldBe(true);
        results.ShouldHaveSingleItem().ShouldBe([ShellJson.Doc("{_id: 2001, n: 3}")]);
    }

    [Fact]
    public async Task Several_pipelines_are_one_aggregate_with_one_facet_each_and_the_same_results_as_alone()
    {
        List<BsonDocument>[] pipelines =
        [
            ShellJson.Pipeline("[{$match: {year: 2001}}, {$sort: {votes: -1}}, {$limit: 2}, {$project: {_id: 1}}]"),
            ShellJson.Pipeline("[{$match: {votes: {$gte: 100}}}, {$group: {_id: null, total: {$sum: '$votes'}}}]"),
            ShellJson.Pipeline("[{$match: {year: 2001}}, {$sort: {votes: -1}}, {$limit: 2}, {$project: {_id: 1}}]"),
        ];

        var results = await Executor(allowDiskUse: false).ExecuteAsync(pipelines, null, CancellationToken.None);

        var aggregate = server.Commands.Reads.ShouldHaveSingleItem();
        aggregate.Command["allowDiskUse"].ShouldBe(false);
        var sent = aggregate.Command["pipeline"].AsArray;
        sent[0].ShouldBe(ShellJson.Doc("{$match: {$or: [{year: 2001}, {votes: {$gte: 100}}, {year: 2001}]}}"));
        sent[1].AsDocument["$facet"].AsDocument.Names.ShouldBe(["k0", "k1", "k2"]);
        for (var i = 0; i < pipelines.Length; i++)
        {
            results[i].ShouldBe(await BatchingServer.AggregateAsync(Movies, pipelines[i]));
        }

        results[0].Select(d => d["_id"]).ShouldBe([9, 5]);
    }

    [Fact]
    public async Task Without_a_leading_match_in_every_pipeline_the_facet_reads_the_whole_collection()
    {
        var results = await Executor(allowDiskUse: false).ExecuteAsync(
            [ShellJson.Pipeline("[{$count: 'n'}]"), ShellJson.Pipeline("[{$match: {year: 2003}}, {$count: 'n'}]"), []],
            null,
            CancellationToken.None);

        var sent = server.Commands.Reads.ShouldHaveSingleItem().Command["pipeline"].AsArray;
        sent.ShouldHaveSingleItem().AsDocument.Names.ShouldBe(["$facet"]);
        // An empty pipeline returns every document, as it does alone.
        results.Select(r => r.Count).ShouldBe([1, 1, 12]);
        results[0].ShouldBe([ShellJson.Doc("{n: 12}")]);
        results[1].ShouldBe([ShellJson.Doc("{n: 3}")]);
    }

    [Fact]
    public async Task A_pipeline_that_cannot_run_inside_facet_runs_alone_beside_the_batch()
    {
        List<BsonDocument>[] pipelines =
        [
            ShellJson.Pipeline("[{$facet: {n: [{$count: 'n'}]}}]"),
            ShellJson.Pipeline("[{$match: {year: 2000}}, {$project: {_id: 1}}]"),
            ShellJson.Pipeline("[{$match: {year: 2002}}, {$project: {_id: 1}}]"),
        ];

        var results = await Executor(allowDiskUse: false).ExecuteAsync(pipelines, null, CancellationToken.None);

        var reads = server.Commands.Reads;
        reads.Count.ShouldBe(2);
        reads.ShouldContain(r => r.Command["pipeline"].Equals(new BsonArray(pipelines[0])));
        results[0].ShouldBe([ShellJson.Doc("{n: [{n: 12}]}")]);
        results[1].Select(d => d["_id"]).ShouldBe([4, 8, 12]);
        results[2].Select(d => d["_id"]).ShouldBe([2, 6, 10]);
    }

    [Fact]
    public async Task A_batch_whose_facet_document_is_too_large_falls_back_to_one_aggregate_per_pipeline()
    {
        var large = new string('x', 3 * 1024 * 1024);
        await Movies.InsertManyAsync(Enumerable.Range(100, 3).Select(i => new BsonDocument([new("_id", i), new("year", 1990), new("blob", large)])));
        server.Commands.Clear();
        var pipeline = ShellJson.Pipeline("[{$match: {year: 1990}}]");

        var counted = 0;

        var results = await new PipelineBatchExecutor(server.Client, _database, "movies", allowDiskUse: false, () => Interlocked.Increment(ref counted))
            .ExecuteAsync([pipeline, pipeline], null, CancellationToken.None);

        server.Commands.Reads.Count(r => r.CommandName == "aggregate").ShouldBe(3);
        counted.ShouldBe(3);
        results.Select(r => r.Count).ShouldBe([3, 3]);
    }

    [Fact]
    public async Task A_pipeline_failing_on_its_own_fails_the_batch_with_its_error()
    {
        var error = await Should.ThrowAsync<MongoCommandException>(() => Executor(allowDiskUse: false).ExecuteAsync(
            [ShellJson.Pipeline("[{$match: {year: 2000}}]"), ShellJson.Pipeline("[{$match: {year: 2001}}, {$bogus: 1}]")],
            null,
            CancellationToken.None));

        error.ErrorMessage.ShouldContain("$bogus");
    }

    [Fact]
    public async Task The_remaining_time_budget_is_sent_as_maxTimeMS()
    {
        await Executor(allowDiskUse: false).ExecuteAsync([ShellJson.Pipeline("[{$match: {year: 2000}}]")], TimeSpan.FromSeconds(20), CancellationToken.None);
        await Executor(allowDiskUse: false).ExecuteAsync([ShellJson.Pipeline("[{$match: {year: 2000}}]"), ShellJson.Pipeline("[{$count: 'n'}]")], TimeSpan.FromSeconds(20), CancellationToken.None);

        var reads = server.Commands.Reads;
        reads.Count.ShouldBe(2);
        foreach (var read in reads)
        {
            read.Command["maxTimeMS"].AsInt32.ShouldBeInRange(1, 20_000);
        }
    }

    [Fact]
    public async Task A_cancelled_token_cancels_the_batch()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => Executor(allowDiskUse: false).ExecuteAsync(
            [ShellJson.Pipeline("[{$match: {year: 2000}}]"), ShellJson.Pipeline("[{$count: 'n'}]")], null, cancelled.Token));
    }

    private PipelineBatchExecutor Executor(bool allowDiskUse) => new(server.Client, _database, "movies", allowDiskUse);
}
