using System.Net.Sockets;
using Serverless.Mongo.Protocol;

namespace Serverless.Mongo.Embedded.Hosting;

/// <summary>
/// One client connection: read a request, answer it, repeat, until the client hangs up or the server stops.
/// A request that breaks the framing rules closes the connection, as the server does (it cannot resynchronise
/// a byte stream after a bad length).
/// </summary>
internal sealed class ClientConnection(TcpClient client, ConnectionSession session, IReadOnlyDictionary<OpCode, IWireRequestHandler> handlers)
{
    public int Id => session.Id;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using (client)
        {
            client.NoDelay = true;
            var stream = client.GetStream();
            await using (stream.ConfigureAwait(false))
            {
                try
                {
                    await ServeAsync(stream, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is IOException or SocketException or WireProtocolException or ObjectDisposedException)
                {
                    // The peer vanished or sent bytes that are not a wire message: the only remedy is to close.
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    // The server is stopping.
                }
            }
        }
    }

    private async Task ServeAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        while (await WireMessageCodec.ReadAsync(stream, cancellationToken).ConfigureAwait(false) is { } request)
        {
            if (!handlers.TryGetValue(request.OpCode, out var handler))
            {
                throw new WireProtocolException($"a client may not send opcode {(int)request.OpCode} ({request.OpCode})");
            }

            var reply = handler.Handle(request, session, cancellationToken);
            if (reply is not null)
            {
                await WireMessageCodec.WriteAsync(stream, reply, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
