using System.Diagnostics.CodeAnalysis;
using Serverless.Bson;
using Serverless.Mongo;
using Serverless.Mongo.Embedded;

namespace Serverless.Functions.Tests.Support;

/// <summary>One embedded MongoDB per test class, with a client for arranging data.</summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes through IAsyncLifetime.DisposeAsync.")]
public sealed class EmbeddedMongo : IAsyncLifetime
{
    private EmbeddedMongoServer? _server;
    private MongoClient? _client;

    public EmbeddedMongoServer Server => _server ?? throw new InvalidOperationException("not started");

    public MongoClient Client => _client ?? throw new InvalidOperationException("not started");

    public string ConnectionString => Server.ConnectionString;

    public async Task InitializeAsync()
    {
        _server = await EmbeddedMongoServer.StartAsync(new EmbeddedMongoServerOptions(), CancellationToken.None);
        _client = new MongoClient(_server.ConnectionString);
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

    public Task PutAsync(string database, string collection, BsonDocument document) =>
        Client.GetDatabase(database).GetCollection(collection).ReplaceOneAsync(
            new BsonDocument(new BsonElement("_id", document["_id"])), document, new ReplaceOptions { Upsert = true }, CancellationToken.None);

    public Task DeleteAsync(string database, string collection, BsonValue id) =>
        Client.GetDatabase(database).GetCollection(collection).DeleteOneAsync(new BsonDocument(new BsonElement("_id", id)), null, CancellationToken.None);

    public Task InsertManyAsync(string database, string collection, IEnumerable<BsonDocument> documents) =>
        Client.GetDatabase(database).GetCollection(collection).InsertManyAsync(documents, null, CancellationToken.None);
}
