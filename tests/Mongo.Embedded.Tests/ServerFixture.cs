using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Tests;

/// <summary>Starts a fresh server on a free port for each test class instance, with one open client.</summary>
public abstract class ServerTestBase : IAsyncLifetime
{
    private EmbeddedMongoServer? _server;
    private WireClient? _client;

    internal EmbeddedMongoServer Server => _server ?? throw new InvalidOperationException("not started");

    internal WireClient Client => _client ?? throw new InvalidOperationException("not started");

    protected virtual EmbeddedMongoServerOptions Options => new();

    public async Task InitializeAsync()
    {
        _server = await EmbeddedMongoServer.StartAsync(Options, CancellationToken.None);
        _client = await WireClient.ConnectAsync(_server);
    }

    public async Task DisposeAsync()
    {
        if (_client is not null)
        {
            await _client.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.StopAsync();
        }
    }

    internal Task<BsonDocument> RunAsync(BsonDocument command) => Client.RunAsync(command);

    /// <summary>Runs a command that must succeed and returns its reply.</summary>
    internal async Task<BsonDocument> OkAsync(BsonDocument command)
    {
        var reply = await Client.RunAsync(command);
        reply["ok"].ShouldBe(1.0, $"reply was {reply}");
        return reply;
    }

    /// <summary>Runs a command that must fail with <paramref name="code"/> and returns its reply.</summary>
    internal async Task<BsonDocument> FailsAsync(BsonDocument command, int code, string codeName)
    {
        var reply = await Client.RunAsync(command);
        reply["ok"].ShouldBe(0.0, $"reply was {reply}");
        reply["code"].ShouldBe(code, $"reply was {reply}");
        reply["codeName"].ShouldBe(codeName);
        reply["errmsg"].AsString.ShouldNotBeEmpty();
        return reply;
    }

    internal async Task InsertAsync(string collection, params BsonDocument[] documents)
    {
        var reply = await OkAsync([new("insert", collection), new("documents", new BsonArray(documents))]);
        reply["n"].ShouldBe(documents.Length, $"reply was {reply}");
    }

    internal Task InsertOneAsync(string collection, BsonDocument document) => InsertAsync(collection, document);

    internal static BsonArray FirstBatch(BsonDocument reply) => reply["cursor"].AsDocument["firstBatch"].AsArray;

    internal static long CursorId(BsonDocument reply) => reply["cursor"].AsDocument["id"].AsInt64;
}
