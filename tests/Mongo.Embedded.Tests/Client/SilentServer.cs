using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Tests.Client;

/// <summary>
/// A server that answers hello on every connection but never replies to anything else, so a test can cancel an
/// operation that is known to be waiting for its reply. Monitoring connections only send hello and stay answered.
/// </summary>
internal sealed class SilentServer : IAsyncDisposable
{
    private readonly ScriptedServer _server;
    private ScriptedConnection? _unansweredConnection;

    public SilentServer() => _server = new ScriptedServer(RespondAsync);

    public string ConnectionString => $"mongodb://{_server.Address}/";

    /// <summary>Completes with the body of the first request other than hello, once the server has read it.</summary>
    public TaskCompletionSource<BsonDocument> UnansweredRequest { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the client closed the connection that carried the unanswered request.</summary>
    public Task ClientClosed => WaitForClientCloseAsync();

    /// <summary>Drops every connection (and stops listening) without replying to the pending request.</summary>
    public Task DropConnectionAsync() => _server.DropConnectionsAsync(stopListening: true);

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task WaitForClientCloseAsync()
    {
        await UnansweredRequest.Task;
        await _unansweredConnection!.ClientClosed.Task;
    }

    private Task<BsonDocument?> RespondAsync(ScriptedConnection connection, BsonDocument request)
    {
        if (request[0].Name == "hello")
        {
            return Task.FromResult<BsonDocument?>(ScriptedServer.Ok([.. ScriptedServer.StandaloneHello()]));
        }

        if (Interlocked.CompareExchange(ref _unansweredConnection, connection, null) is null)
        {
            UnansweredRequest.SetResult(request);
        }

        return Task.FromResult<BsonDocument?>(null);
    }
}
