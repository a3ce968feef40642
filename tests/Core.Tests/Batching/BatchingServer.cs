using System.Diagnostics.CodeAnalysis;
using Serverless.Bson;
using Serverless.Mongo;
using Serverless.Mongo.Embedded.Tests;

namespace Serverless.Core.Tests.Batching;

/// <summary>
/// One embedded server (or the MongoDB named by MONGODB_URI) and one client whose commands are recorded, shared
/// by the tests of a class (xunit runs them one after another). Each test works in a database of its own.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes class fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class BatchingServer : IAsyncLifetime
{
    private TestMongoServer? _server;
    private MongoClient? _client;

    internal MongoClient Client => _client ?? throw new InvalidOperationException("not started");

    internal CommandRecorder Commands { get; } = new();

    public async Task InitializeAsync()
    {
        _server = await TestMongoServer.StartAsync(CancellationToken.None);
        _client = new MongoClient(_server.ConnectionString) { CommandObserver = Commands };
    }

    public async Task DisposeAsync()
    {
        if (_client is not null)
        {
            await _client.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>A database name no other test uses.</summary>
    internal static string UniqueDatabaseName(string prefix) => TestMongoServer.UniqueDatabaseName(prefix);

    internal Task DropDatabaseAsync(string name) => TestMongoServer.DropDatabaseAsync(Client, name, CancellationToken.None);

    /// <summary>What the collection returns for one plain find: the reference every batched result must equal.</summary>
    internal static async Task<List<BsonDocument>> FindAsync(MongoCollection collection, BsonDocument filter, FindOptions options)
    {
        var documents = new List<BsonDocument>();
        await using var cursor = await collection.FindAsync(filter, options);
        await foreach (var document in cursor)
        {
            documents.Add(document);
        }

        return documents;
    }

    internal static async Task<List<BsonDocument>> AggregateAsync(MongoCollection collection, IEnumerable<BsonDocument> pipeline)
    {
        var documents = new List<BsonDocument>();
        await using var cursor = await collection.AggregateAsync(pipeline);
        await foreach (var document in cursor)
        {
            documents.Add(document);
        }

        return documents;
    }

    /// <summary>Documents as canonical Extended JSON lines, so a mismatch shows which document differs.</summary>
    internal static string Canonical(IEnumerable<BsonDocument> documents) =>
        string.Join('\n', documents.Select(d => ExtendedJson.Serialize(d, ExtendedJsonMode.Canonical)));
}
