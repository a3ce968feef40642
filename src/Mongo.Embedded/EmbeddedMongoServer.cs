using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Serverless.Mongo.Embedded.Commands;
using Serverless.Mongo.Embedded.Hosting;
using Serverless.Mongo.Embedded.Storage;
using Serverless.Mongo.Protocol;

namespace Serverless.Mongo.Embedded;

/// <summary>
/// A MongoDB-compatible server on 127.0.0.1 that keeps its data in memory. Start it, hand <see cref="Uri"/> to
/// a driver, and stop it (or dispose it) when done. Each connection is served by its own task. With
/// <see cref="EmbeddedMongoServerOptions.Users"/>, connections must authenticate with SCRAM first (see AuthenticationGate).
/// </summary>
public sealed class EmbeddedMongoServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly ServerState _state;
    private readonly Dictionary<OpCode, IWireRequestHandler> _handlers;
    private readonly ConcurrentDictionary<int, Task> _connections = new();
    private readonly CancellationTokenSource _stopping = new();
    private Task? _acceptLoop;
    private int _stopped;

    private EmbeddedMongoServer(TcpListener listener, ServerState state)
    {
        _listener = listener;
        _state = state;
        var gate = new AuthenticationGate(new CommandDispatcher(CommandRegistry.All()), state);
        _handlers = new Dictionary<OpCode, IWireRequestHandler>
        {
            [OpCode.Msg] = new OpMsgRequestHandler(gate, state),
            [OpCode.Query] = new OpQueryRequestHandler(gate, state),
        };
    }

    /// <summary>The port the server listens on (the one the OS chose when started with port 0).</summary>
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>The connection string, <c>mongodb://127.0.0.1:&lt;port&gt;/</c>.</summary>
    public Uri Uri => new(ConnectionString);

    public string ConnectionString => string.Create(CultureInfo.InvariantCulture, $"mongodb://127.0.0.1:{Port}/");

    /// <summary>Loads the seed data (if any), binds the port and starts accepting connections.</summary>
    /// <exception cref="InvalidDataException">A seed file holds a line that is not an Extended JSON document, or a duplicate _id.</exception>
    /// <exception cref="DirectoryNotFoundException">The seed directory does not exist.</exception>
    /// <exception cref="SocketException">The port is taken.</exception>
    public static async Task<EmbeddedMongoServer> StartAsync(EmbeddedMongoServerOptions? options, CancellationToken cancellationToken)
    {
        options ??= new EmbeddedMongoServerOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(options.Port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Port, IPEndPoint.MaxPort);
        ArgumentNullException.ThrowIfNull(options.Users);
        var state = new ServerState(options.TimeProvider, CreateCredentialStore(options.Users), requiresAuthentication: options.Users.Count > 0);
        if (options.SeedDirectory is not null)
        {
            await SeedLoader.LoadAsync(options.SeedDirectory, state.Catalog, cancellationToken).ConfigureAwait(false);
        }

        var listener = new TcpListener(IPAddress.Loopback, options.Port);
        listener.Start();
        state.Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var server = new EmbeddedMongoServer(listener, state);
        server._acceptLoop = server.AcceptLoopAsync(server._stopping.Token);
        return server;
    }

    /// <summary>Stops accepting, closes every connection and waits for their tasks to finish.</summary>
    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        if (_acceptLoop is not null)
        {
            await _acceptLoop.ConfigureAwait(false);
        }

        await Task.WhenAll(_connections.Values).ConfigureAwait(false);
        _stopping.Dispose();
    }

    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    // Each user gets SCRAM-SHA-1 and SCRAM-SHA-256 credentials with fresh salts, as mongod's createUser does by
    // default; the password itself is not kept.
    private static ScramCredentialStore CreateCredentialStore(IReadOnlyList<EmbeddedMongoUser> users)
    {
        var store = new ScramCredentialStore();
        foreach (var user in users)
        {
            ArgumentNullException.ThrowIfNull(user);
            ArgumentException.ThrowIfNullOrEmpty(user.Name);
            ArgumentException.ThrowIfNullOrEmpty(user.Database);
            ArgumentNullException.ThrowIfNull(user.Password);
            store.AddUser(user.Database, user.Name, user.Password);
        }

        return store;
    }

    private async Task AcceptLoopAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (ObjectDisposedException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (SocketException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (SocketException e) when (e.SocketErrorCode is SocketError.ConnectionAborted or SocketError.ConnectionReset)
            {
                // A client gave up between SYN and accept; that concerns only that client, so keep accepting.
                continue;
            }

            var clientAddress = client.Client.RemoteEndPoint?.ToString() ?? string.Empty;
            var connection = new ClientConnection(client, new ConnectionSession(_state.NextConnectionId(), clientAddress, _state.Credentials), _handlers);
            _state.Connections.Opened();
            _connections[connection.Id] = ServeAsync(connection, cancellationToken);
        }
    }

    private async Task ServeAsync(ClientConnection connection, CancellationToken cancellationToken)
    {
        // Yield first so the accept loop goes back to accepting before this connection's first read.
        await Task.Yield();
        try
        {
            await connection.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _state.Connections.Closed();
            _connections.TryRemove(connection.Id, out _);
        }
    }
}
