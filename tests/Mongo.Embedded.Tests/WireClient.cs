using System.Net.Sockets;
using Serverless.Bson;
using Serverless.Mongo.Protocol;

namespace Serverless.Mongo.Embedded.Tests;

/// <summary>A bare test client: one TCP connection that sends OP_MSG commands built with our codec.</summary>
internal sealed class WireClient : IAsyncDisposable
{
    private readonly TcpClient _client;
    private readonly NetworkStream _stream;
    private int _requestId;

    private WireClient(TcpClient client)
    {
        _client = client;
        _stream = client.GetStream();
    }

    public static async Task<WireClient> ConnectAsync(EmbeddedMongoServer server)
    {
        var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", server.Port);
        return new WireClient(client);
    }

    /// <summary>Sends <paramref name="command"/> to database "test" (unless it has $db) and returns the reply body.</summary>
    public async Task<BsonDocument> RunAsync(BsonDocument command, params DocumentSequence[] sequences)
    {
        var body = command.Contains("$db") ? command : command.With("$db", "test");
        var reply = await SendAsync(new OpMsgMessage(++_requestId, 0, OpMsgFlagBits.None, body, sequences));
        return reply.ShouldBeOfType<OpMsgMessage>().Body;
    }

    public async Task<WireMessage> SendAsync(WireMessage request)
    {
        await WriteAsync(request);
        var reply = await WireMessageCodec.ReadAsync(_stream, CancellationToken.None);
        reply.ShouldNotBeNull("the server closed the connection instead of replying");
        reply.ResponseTo.ShouldBe(request.RequestId);
        return reply;
    }

    public async Task WriteAsync(WireMessage request) => await WireMessageCodec.WriteAsync(_stream, request, CancellationToken.None);

    public async Task WriteRawAsync(byte[] bytes) => await _stream.WriteAsync(bytes);

    /// <summary>The next message, or null when the server closed the connection.</summary>
    public async Task<WireMessage?> ReadAsync() => await WireMessageCodec.ReadAsync(_stream, CancellationToken.None);

    public int NextRequestId() => ++_requestId;

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync();
        _client.Dispose();
    }
}
