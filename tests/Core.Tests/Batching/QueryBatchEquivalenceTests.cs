using Serverless.Bson;
using Serverless.Core.Batching;
using Serverless.Core.Interpolation;
using Serverless.Mongo;

namespace Serverless.Core.Tests.Batching;

/// <summary>
/// The §9.4 [REC] as a property: for random batches over random data, every key's batched result is exactly
/// (same documents, same order) what its own find returns — filters, sorts with ties, skip, limit, duplicates.
/// </summary>
public sealed class QueryBatchEquivalenceTests(BatchingServer server) : IClassFixture<BatchingServer>, IAsyncLifetime
{
    private const int Seed = 20_261_121;
    private const int Batches = 240;
    private readonly string _database = BatchingServer.UniqueDatabaseName("batcheq");

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => server.DropDatabaseAsync(_database);

    [Fact]
    public async Task Every_key_of_a_random_batch_gets_exactly_what_its_own_find_returns()
    {
        var random = new RandomQueries(Seed);
        var collection = server.Client.GetDatabase(_database).GetCollection("docs");
        await collection.InsertManyAsync(random.Documents(60));
        // Indexes make some finds answer from an index and some not; results must not depend on it.
        await collection.CreateIndexesAsync([Index("a"), Index("b")]);
        var executor = new QueryBatchExecutor(server.Client, _database, "docs");

        var checkedKeys = 0;
        for (var batch = 0; batch < Batches; batch++)
        {
            var keys = random.Batch();
            var results = await executor.ExecuteAsync(keys, maxTime: null, CancellationToken.None);

            results.Count.ShouldBe(keys.Count);
            for (var i = 0; i < keys.Count; i++)
            {
                var expected = await BatchingServer.FindAsync(collection, keys[i].Find, FindOptionsOf(keys[i]));
                BatchingServer.Canonical(results[i]).ShouldBe(BatchingServer.Canonical(expected), $"batch {batch}, key {i}: {keys[i].ToKey()}");
                checkedKeys++;
            }
        }

        checkedKeys.ShouldBeGreaterThan(Batches * 2);
    }

    [Fact]
    public async Task Every_key_of_a_random_single_path_equality_batch_narrowed_by_in_gets_exactly_what_its_own_find_returns()
    {
        var random = new RandomQueries(Seed + 1);
        var collection = server.Client.GetDatabase(_database).GetCollection("equalities");
        await collection.InsertManyAsync(random.Documents(60));
        await collection.CreateIndexesAsync([Index("a"), Index("tags")]);
        var executor = new QueryBatchExecutor(server.Client, _database, "equalities");

        for (var batch = 0; batch < Batches; batch++)
        {
            var keys = random.EqualityBatch();
            var results = await executor.ExecuteAsync(keys, maxTime: null, CancellationToken.None);

            for (var i = 0; i < keys.Count; i++)
            {
                var expected = await BatchingServer.FindAsync(collection, keys[i].Find, FindOptionsOf(keys[i]));
                BatchingServer.Canonical(results[i]).ShouldBe(BatchingServer.Canonical(expected), $"batch {batch}, key {i}: {keys[i].ToKey()}");
            }
        }
    }

    internal static FindOptions FindOptionsOf(InterpolatedQuery key) => new() { Sort = key.Sort, Skip = key.Skip, Limit = key.Limit };

    private static BsonDocument Index(string field) => new([new("key", new BsonDocument([new(field, 1)])), new("name", field + "_1")]);
}
