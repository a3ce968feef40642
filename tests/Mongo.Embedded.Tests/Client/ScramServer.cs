using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Tests.Client;

/// <summary>
/// A server that answers hello (with saslSupportedMechs), saslStart/saslContinue through the project's SCRAM
/// server session (one conversation per connection), and ping only on an authenticated connection; it records
/// each connection's commands.
/// </summary>
internal sealed class ScramServer : IAsyncDisposable
{
    private readonly ScramCredentialStore _store = new();
    private readonly ScriptedServer _server;
    private readonly Lock _gate = new();
    private readonly List<ScriptedConnection> _connections = [];

    public ScramServer(string username, string password)
    {
        _store.AddUser("admin", username, password, ScramAlgorithm.Sha256, ScramAlgorithm.Sha1);
        _server = new ScriptedServer(RespondAsync);
    }

    public int Port => _server.Port;

    /// <summary>The commands of every connection that sent more than hello (monitoring connections only send hello).</summary>
    public IReadOnlyList<IReadOnlyList<string>> ApplicationConnections
    {
        get
        {
            lock (_gate)
            {
                return [.. _connections.Where(c => c.Commands.Exists(name => name != "hello")).Select(c => (IReadOnlyList<string>)[.. c.Commands])];
            }
        }
    }

    /// <summary>The commands of the connections that only sent hello.</summary>
    public IReadOnlyList<IReadOnlyList<string>> HelloOnlyConnections
    {
        get
        {
            lock (_gate)
            {
                return [.. _connections.Where(c => c.Commands.TrueForAll(name => name == "hello")).Select(c => (IReadOnlyList<string>)[.. c.Commands])];
            }
        }
    }

    public string? AuthenticatedUsername { get; private set; }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private Task<BsonDocument?> RespondAsync(ScriptedConnection connection, BsonDocument body)
    {
        if (connection.State is not SaslServerSession session)
        {
            session = new SaslServerSession(_store);
            connection.State = session;
            lock (_gate)
            {
                _connections.Add(connection);
            }
        }

        var name = body[0].Name;
        var database = body["$db"].AsString;
        BsonDocument reply = name switch
        {
            "hello" => Hello(session, body),
            "saslStart" => session.HandleSaslStart(database, body),
            "saslContinue" => session.HandleSaslContinue(database, body),
            _ when session.AuthenticatedUsername is null =>
                [new("ok", 0.0), new("errmsg", "command requires authentication"), new("code", 13), new("codeName", "Unauthorized")],
            _ => [new("ok", 1.0)],
        };
        AuthenticatedUsername ??= session.AuthenticatedUsername;
        return Task.FromResult<BsonDocument?>(reply);
    }

    private static BsonDocument Hello(SaslServerSession session, BsonDocument body)
    {
        List<BsonElement> reply = ScriptedServer.StandaloneHello();
        if (body.GetValueOrDefault("saslSupportedMechs") is BsonString request && session.GetSaslSupportedMechs(request.Value) is { } mechs)
        {
            reply.Add(new("saslSupportedMechs", mechs));
        }

        reply.Add(new("ok", 1.0));
        return new BsonDocument(reply);
    }
}
