using System.Net;
using System.Net.Sockets;
using Serverless.Bson;
using Serverless.Mongo.Protocol;
using Serverless.Mongo.Topology;

namespace Serverless.Mongo.Embedded.Tests.Client;

/// <summary>
/// A loopback wire-protocol server whose replies a test scripts: every request on every connection goes to the
/// responder, which returns the reply body or null to leave the request unanswered. Clients open several
/// connections (a monitor's and the pool's), so it accepts any number; every task it starts is awaited on dispose.
/// </summary>
internal sealed class ScriptedServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<ScriptedConnection, BsonDocument, Task<BsonDocument?>> _respond;
    private readonly Lock _gate = new();
    private readonly List<(TcpClient Client, Task Serving)> _connections = [];
    private readonly List<ScriptedConnection> _accepted = [];
    private readonly Task _accepting;
    private int _stopped;

    public ScriptedServer(Func<ScriptedConnection, BsonDocument, Task<BsonDocument?>> respond)
    {
        _respond = respond;
        _listener.Start();
        Address = new ServerAddress("127.0.0.1", ((IPEndPoint)_listener.LocalEndpoint).Port);
        _accepting = AcceptAsync(_stop.Token);
    }

    /// <summary>A reply that makes the server close the connection instead of answering: a network error for the client.</summary>
    public static BsonDocument CloseConnection { get; } = new([new("close", true)]);

    public ServerAddress Address { get; }

    public int Port => Address.Port;

    /// <summary>Every connection accepted so far, open or closed.</summary>
    public IReadOnlyList<ScriptedConnection> Accepted
    {
        get
        {
            lock (_gate)
            {
                return [.. _accepted];
            }
        }
    }

    /// <summary>The hello reply of a standalone with sessions, the base most scripts extend.</summary>
    public static List<BsonElement> StandaloneHello() =>
        [new("isWritablePrimary", true), new("maxWireVersion", 21), new("minWireVersion", 0), new("connectionId", 1)];

    /// <summary>
    /// The hello reply of a replica set member with sessions (so retryable writes apply): a primary when
    /// <paramref name="primary"/>, else a secondary, of set "rs0" with the given members.
    /// </summary>
    public static List<BsonElement> ReplicaSetHello(ServerAddress me, bool primary, IEnumerable<ServerAddress> hosts, params BsonElement[] extra) =>
    [
        new("isWritablePrimary", primary),
        new("secondary", !primary),
        new("setName", "rs0"),
        new("setVersion", 1),
        new("hosts", new BsonArray(hosts.Select(host => (BsonValue)host.ToString()))),
        new("me", me.ToString()),
        new("maxWireVersion", 21),
        new("minWireVersion", 0),
        new("logicalSessionTimeoutMinutes", 30),
        .. extra,
    ];

    public static BsonDocument Ok(params BsonElement[] fields) => new([.. fields, new("ok", 1.0)]);

    public static BsonDocument Error(int code, string codeName, params string[] labels)
    {
        List<BsonElement> fields = [new("ok", 0.0), new("errmsg", $"scripted {codeName}"), new("code", code), new("codeName", codeName)];
        if (labels.Length > 0)
        {
            fields.Add(new("errorLabels", new BsonArray(labels.Select(label => (BsonValue)label))));
        }

        return new BsonDocument(fields);
    }

    /// <summary>Closes every open connection, and stops accepting new ones when <paramref name="stopListening"/>.</summary>
    public async Task DropConnectionsAsync(bool stopListening)
    {
        List<(TcpClient Client, Task Serving)> open;
        lock (_gate)
        {
            open = [.. _connections];
            _connections.Clear();
        }

        if (stopListening && Interlocked.Exchange(ref _stopped, 1) == 0)
        {
            await _stop.CancelAsync();
            _listener.Stop();
        }

        foreach (var (client, _) in open)
        {
            client.Dispose();
        }

        foreach (var (_, serving) in open)
        {
            await serving;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await DropConnectionsAsync(stopListening: true);
        await _accepting;
        _stop.Dispose();
    }

    private async Task AcceptAsync(CancellationToken cancellationToken)
    {
        var id = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                // Stopping the listener ends the loop.
                return;
            }

            var connection = new ScriptedConnection(++id);
            lock (_gate)
            {
                _accepted.Add(connection);
                _connections.Add((client, ServeAsync(client, connection, cancellationToken)));
            }
        }
    }

    private async Task ServeAsync(TcpClient client, ScriptedConnection connection, CancellationToken cancellationToken)
    {
        await Task.Yield();
        try
        {
            var stream = client.GetStream();
            while (await WireMessageCodec.ReadAsync(stream, cancellationToken) is OpMsgMessage request)
            {
                connection.Commands.Add(request.Body[0].Name);
                var reply = await _respond(connection, request.Body);
                if (ReferenceEquals(reply, CloseConnection))
                {
                    break;
                }

                if (reply is not null)
                {
                    await WireMessageCodec.WriteAsync(stream, new OpMsgMessage(1, request.RequestId, OpMsgFlagBits.None, reply), cancellationToken);
                }
            }

            connection.ClientClosed.TrySetResult();
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or ObjectDisposedException or SocketException)
        {
            // The test dropped the connection or stopped the server.
            connection.ClientClosed.TrySetResult();
        }
        finally
        {
            client.Dispose();
        }
    }
}
