using System.Net;
using System.Net.Sockets;
using Serverless.Bson;
using Serverless.Mongo.Protocol;

namespace Serverless.Mongo.Embedded.Tests.Client;

/// <summary>
/// A one-connection server that answers hello (with saslSupportedMechs), saslStart/saslContinue through the
/// project's SCRAM server session, and ping only once the connection is authenticated; it records what it saw.
/// </summary>
internal sealed class ScramServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly SaslServerSession _session;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _serving;

    public ScramServer(string username, string password)
    {
        var store = new ScramCredentialStore();
        store.AddUser("admin", username, password, ScramAlgorithm.Sha256, ScramAlgorithm.Sha1);
        _session = new SaslServerSession(store);
        _listener.Start();
        _serving = ServeAsync(_stop.Token);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public List<string> CommandsSeen { get; } = [];

    public string? AuthenticatedUsername => _session.AuthenticatedUsername;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _serving;
        }
        catch (OperationCanceledException)
        {
            // The loop waits for the next request until the test ends.
        }

        _stop.Dispose();
    }

    private async Task ServeAsync(CancellationToken cancellationToken)
    {
        using var client = await _listener.AcceptTcpClientAsync(cancellationToken);
        var stream = client.GetStream();
        while (await WireMessageCodec.ReadAsync(stream, cancellationToken) is OpMsgMessage request)
        {
            var body = request.Body;
            var name = body[0].Name;
            CommandsSeen.Add(name);
            var database = body["$db"].AsString;
            BsonDocument reply = name switch
            {
                "hello" => Hello(body),
                "saslStart" => _session.HandleSaslStart(database, body),
                "saslContinue" => _session.HandleSaslContinue(database, body),
                _ when _session.AuthenticatedUsername is null =>
                    [new("ok", 0.0), new("errmsg", "command requires authentication"), new("code", 13), new("codeName", "Unauthorized")],
                _ => [new("ok", 1.0)],
            };
            await WireMessageCodec.WriteAsync(stream, new OpMsgMessage(1, request.RequestId, OpMsgFlagBits.None, reply), cancellationToken);
        }
    }

    private BsonDocument Hello(BsonDocument body)
    {
        List<BsonElement> reply = [new("isWritablePrimary", true), new("maxWireVersion", 21), new("connectionId", 1)];
        if (body.GetValueOrDefault("saslSupportedMechs") is BsonString request && _session.GetSaslSupportedMechs(request.Value) is { } mechs)
        {
            reply.Add(new("saslSupportedMechs", mechs));
        }

        reply.Add(new("ok", 1.0));
        return new BsonDocument(reply);
    }
}
