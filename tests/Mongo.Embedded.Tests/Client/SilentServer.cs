using System.Net;
using System.Net.Sockets;
using Serverless.Bson;
using Serverless.Mongo.Protocol;

namespace Serverless.Mongo.Embedded.Tests.Client;

/// <summary>
/// A server that answers the hello handshake and then reads requests without ever replying, so a test can
/// cancel an operation that is known to be waiting for its reply.
/// </summary>
internal sealed class SilentServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _serving;

    public SilentServer()
    {
        _listener.Start();
        _serving = ServeOneAsync(_stop.Token);
    }

    public string ConnectionString => $"mongodb://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/";

    /// <summary>Completes with the body of the first request after hello, once the server has read it.</summary>
    public TaskCompletionSource<BsonDocument> UnansweredRequest { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the client closed the connection (the server read end-of-stream).</summary>
    public TaskCompletionSource ClientClosed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Drops the client's connection (and stops listening) without replying to the pending request.</summary>
    public async Task DropConnectionAsync()
    {
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _serving;
        }
        catch (OperationCanceledException)
        {
            // The serving loop ends by cancellation when the client did not close the connection itself.
        }
        catch (SocketException)
        {
            // Stopping the listener aborts a pending accept.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await DropConnectionAsync();
        _stop.Dispose();
    }

    private async Task ServeOneAsync(CancellationToken cancellationToken)
    {
        using var client = await _listener.AcceptTcpClientAsync(cancellationToken);
        var stream = client.GetStream();
        var hello = (OpMsgMessage)(await WireMessageCodec.ReadAsync(stream, cancellationToken))!;
        var reply = new BsonDocument([new("isWritablePrimary", true), new("maxWireVersion", 21), new("connectionId", 7), new("ok", 1.0)]);
        await WireMessageCodec.WriteAsync(stream, new OpMsgMessage(1, hello.RequestId, OpMsgFlagBits.None, reply), cancellationToken);
        var request = (OpMsgMessage)(await WireMessageCodec.ReadAsync(stream, cancellationToken))!;
        UnansweredRequest.SetResult(request.Body);
        var next = await WireMessageCodec.ReadAsync(stream, cancellationToken);
        if (next is null)
        {
            ClientClosed.SetResult();
        }
    }
}
