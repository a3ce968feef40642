using System.Diagnostics.CodeAnalysis;
using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Tests.Client;

/// <summary>
/// A <see cref="TestMongoServer"/> (embedded, or MONGODB_URI's) with one client whose commands are recorded,
/// working in a database of its own that is dropped afterwards.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes through IAsyncLifetime.DisposeAsync.")]
public abstract class ClientTestBase : IAsyncLifetime
{
    private readonly string _databaseName = TestMongoServer.UniqueDatabaseName("client");
    private TestMongoServer? _server;
    private MongoClient? _client;

    internal MongoClient Client => _client ?? throw new InvalidOperationException("not started");

    internal MongoDatabase Database => Client.GetDatabase(_databaseName);

    internal MongoCollection People => Database.GetCollection("people");

    internal RecordingObserver Commands { get; } = new();

    public async Task InitializeAsync()
    {
        _server = await TestMongoServer.StartAsync(CancellationToken.None);
        _client = new MongoClient(_server.ConnectionString) { CommandObserver = Commands };
    }

    public async Task DisposeAsync()
    {
        if (_client is not null)
        {
            _client.CommandObserver = null;
            await TestMongoServer.DropDatabaseAsync(_client, _databaseName, CancellationToken.None);
            await _client.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    internal static async Task<List<BsonDocument>> ToListAsync(IAsyncCursor cursor)
    {
        var documents = new List<BsonDocument>();
        await foreach (var document in cursor)
        {
            documents.Add(document);
        }

        return documents;
    }

    internal async Task<List<BsonDocument>> AllAsync() =>
        await ToListAsync(await People.FindAsync(BsonDocument.Empty, new FindOptions { Sort = [new("_id", 1)] }));
}
