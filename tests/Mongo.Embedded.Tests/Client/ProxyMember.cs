using System.Collections.Concurrent;
using Serverless.Bson;
using Serverless.Mongo.Topology;

namespace Serverless.Mongo.Embedded.Tests.Client;

/// <summary>
/// A fake deployment member: it answers hello with whatever the test scripts (a replica set member, a mongos, a
/// load balancer) and proxies every other command to an embedded server, so several "members" share one data set.
/// It strips the fields a standalone refuses (lsid, txnNumber, $readPreference) after recording the request.
/// </summary>
internal sealed class ProxyMember : IAsyncDisposable
{
    private static readonly string[] StrippedFields = ["lsid", "txnNumber", "$readPreference"];

    private readonly EmbeddedMongoServer _backend;
    private readonly Func<BsonDocument, BsonDocument> _hello;
    private readonly ConcurrentQueue<WireClient> _backendClients = new();
    private readonly ScriptedServer _server;

    /// <param name="hello">Builds the hello reply from the hello request.</param>
    public ProxyMember(EmbeddedMongoServer backend, Func<BsonDocument, BsonDocument> hello)
    {
        _backend = backend;
        _hello = hello;
        _server = new ScriptedServer(RespondAsync);
    }

    public ServerAddress Address => _server.Address;

    /// <summary>Every hello request received, in arrival order.</summary>
    public ConcurrentQueue<BsonDocument> Hellos { get; } = new();

    /// <summary>Every other request received (before stripping), in arrival order.</summary>
    public ConcurrentQueue<BsonDocument> Requests { get; } = new();

    public IEnumerable<string> CommandNames => Requests.Select(request => request[0].Name);

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        while (_backendClients.TryDequeue(out var client))
        {
            await client.DisposeAsync();
        }
    }

    private async Task<BsonDocument?> RespondAsync(ScriptedConnection connection, BsonDocument request)
    {
        if (request[0].Name == "hello")
        {
            Hellos.Enqueue(request);
            return _hello(request);
        }

        Requests.Enqueue(request);
        if (connection.State is not WireClient backend)
        {
            backend = await WireClient.ConnectAsync(_backend);
            _backendClients.Enqueue(backend);
            connection.State = backend;
        }

        var forwarded = request;
        foreach (var field in StrippedFields.Where(forwarded.Contains))
        {
            forwarded = forwarded.Without(field);
        }

        return await backend.RunAsync(forwarded);
    }
}
