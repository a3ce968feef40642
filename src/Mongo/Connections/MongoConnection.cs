using System.Net.Security;
using System.Net.Sockets;
using Serverless.Bson;
using Serverless.Mongo.Protocol;
using Serverless.Mongo.Topology;

namespace Serverless.Mongo;

/// <summary>
/// One authenticated OP_MSG connection to one server. Requests are serialised: a connection carries one
/// request/reply exchange at a time (CMAP spec: a checked-out connection belongs to one operation).
/// </summary>
public sealed class MongoConnection : ISaslCommandChannel, IAsyncDisposable
{
    private const int DefaultConnectTimeoutMS = 30_000;
    private const int ReadBufferSize = 16 * 1024;

    private static int s_lastRequestId;

    private readonly TcpClient _tcp;
    private readonly Stream _stream;

    // Replies are read through a buffer: WireMessageCodec reads the 4-byte length, then the rest, which on a bare
    // socket is two receives (and two async reads) per reply where one usually holds the whole message. Writes go
    // to _stream directly. Bytes read past a reply stay in the buffer for the next read, as they stayed in the
    // socket before. _reader itself is never disposed: that would dispose _stream, which DisposeAsync already does.
    private readonly BufferedStream _reader;
    private readonly SemaphoreSlim _exchange = new(1, 1);
    private ConnectionDescription? _description;
    private BsonDocument? _helloReply;
    private int _closed;

    private MongoConnection(string serverAddress, TcpClient tcp, Stream stream)
    {
        ServerAddress = serverAddress;
        _tcp = tcp;
        _stream = stream;
        _reader = new BufferedStream(stream, ReadBufferSize);
    }

    /// <summary>"host:port" of the server.</summary>
    public string ServerAddress { get; }

    /// <summary>The handshake's result.</summary>
    public ConnectionDescription Description => _description ?? throw new InvalidOperationException("The handshake has not completed.");

    /// <summary>The handshake's hello reply (SDAM spec: a monitor's first check is its connection's handshake).</summary>
    internal BsonDocument HelloReply => _helloReply ?? throw new InvalidOperationException("The handshake has not completed.");

    /// <summary>True once a network error or cancellation left the stream in an unknown state; the connection is then closed.</summary>
    public bool IsClosed => Volatile.Read(ref _closed) != 0;

    /// <summary>Connects, runs the hello handshake with client metadata, and authenticates when the settings carry a credential.</summary>
    /// <exception cref="MongoConnectionException">The server cannot be reached or broke the protocol.</exception>
    /// <exception cref="MongoCommandException">hello failed.</exception>
    /// <exception cref="MongoAuthenticationException">Authentication failed.</exception>
    public static Task<MongoConnection> OpenAsync(ServerAddress endpoint, ConnectionString settings, CancellationToken cancellationToken) =>
        OpenAsync(endpoint, settings, authenticate: true, cancellationToken);

    /// <summary>
    /// Opens a connection for a server monitor: SDAM spec, "Monitoring": monitoring connections run only hello,
    /// so they skip authentication.
    /// </summary>
    internal static Task<MongoConnection> OpenForMonitoringAsync(ServerAddress endpoint, ConnectionString settings, CancellationToken cancellationToken) =>
        OpenAsync(endpoint, settings, authenticate: false, cancellationToken);

    private static async Task<MongoConnection> OpenAsync(ServerAddress endpoint, ConnectionString settings, bool authenticate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(settings);
        var address = endpoint.ToString();
        if (endpoint.Kind == HostKind.UnixSocket)
        {
            throw new MongoConnectionException(address, "Unix domain sockets are not supported by this client yet.", null);
        }

        var connection = await ConnectAsync(endpoint, address, settings, cancellationToken).ConfigureAwait(false);
        try
        {
            await connection.HandshakeAsync(settings, authenticate, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Runs <paramref name="command"/> against <paramref name="database"/> and returns the reply body.</summary>
    /// <exception cref="MongoCommandException">The server replied ok: 0.</exception>
    /// <exception cref="MongoConnectionException">The exchange failed at the network level; the connection is closed.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; the connection is closed rather than left with a half-read reply.</exception>
    public async Task<BsonDocument> RunCommandAsync(string database, BsonDocument command, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(database);
        ArgumentNullException.ThrowIfNull(command);
        if (command.Count == 0)
        {
            throw new ArgumentException("A command document needs at least the command name as its first field.", nameof(command));
        }

        var reply = await ExchangeAsync(command.With("$db", database), command[0].Name, cancellationToken).ConfigureAwait(false);
        if (!BsonNumbers.IsOk(reply))
        {
            throw MongoCommandException.FromReply(reply, ServerAddress, command[0].Name);
        }

        return reply;
    }

    /// <summary>
    /// The SASL conversation sees the raw reply so that SaslReply can turn ok: 0 into MongoAuthenticationException
    /// with the server's code (Authentication spec: authentication failures are reported as such, not as command errors).
    /// </summary>
    Task<BsonDocument> ISaslCommandChannel.RunCommandAsync(string database, BsonDocument command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return ExchangeAsync(command.With("$db", database), command.Count > 0 ? command[0].Name : "sasl", cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _closed, 1) == 0)
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
            _tcp.Dispose();
        }
    }

    private static async Task<MongoConnection> ConnectAsync(ServerAddress endpoint, string address, ConnectionString settings, CancellationToken cancellationToken)
    {
        // The parameterless TcpClient tries every address the host name resolves to, IPv4 or IPv6.
        var tcp = new TcpClient();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var connectTimeout = settings.ConnectTimeoutMS is > 0 and var ms ? ms : DefaultConnectTimeoutMS;
        timeout.CancelAfter(connectTimeout);
        try
        {
            await tcp.ConnectAsync(endpoint.Host.Trim('[', ']'), endpoint.Port, timeout.Token).ConfigureAwait(false);

            // Commands are small request/reply exchanges; Nagle's delay would only add latency.
            tcp.NoDelay = true;
            Stream stream = tcp.GetStream();
            if (settings.UseTls)
            {
                stream = await AuthenticateTlsAsync(stream, endpoint, settings, timeout.Token).ConfigureAwait(false);
            }

            return new MongoConnection(address, tcp, stream);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            tcp.Dispose();
            throw new MongoConnectionException(address, $"connect did not complete within connectTimeoutMS={connectTimeout}", null);
        }
        catch (Exception ex) when (ex is SocketException or IOException or System.Security.Authentication.AuthenticationException)
        {
            tcp.Dispose();
            throw new MongoConnectionException(address, "connect failed: " + ex.Message, ex);
        }
        catch (OperationCanceledException)
        {
            tcp.Dispose();
            throw;
        }
    }

    private static async Task<Stream> AuthenticateTlsAsync(Stream inner, ServerAddress endpoint, ConnectionString settings, CancellationToken cancellationToken)
    {
        // URI options spec: tlsInsecure implies both tlsAllowInvalidCertificates and tlsAllowInvalidHostnames.
        var allowInvalidCertificates = settings.TlsInsecure == true || settings.TlsAllowInvalidCertificates == true;
        var allowInvalidHostnames = settings.TlsInsecure == true || settings.TlsAllowInvalidHostnames == true;
        var options = new SslClientAuthenticationOptions
        {
            TargetHost = endpoint.Host,
            RemoteCertificateValidationCallback = (_, _, _, errors) =>
                errors == SslPolicyErrors.None
                || allowInvalidCertificates
                || (allowInvalidHostnames && errors == SslPolicyErrors.RemoteCertificateNameMismatch),
        };
        if (settings.TlsCAFile is { } caFile)
        {
            options.CertificateChainPolicy = await TlsTrust.ChainPolicyFromCAFileAsync(caFile, cancellationToken).ConfigureAwait(false);
        }

        var ssl = new SslStream(inner, leaveInnerStreamOpen: false);
        try
        {
            await ssl.AuthenticateAsClientAsync(options, cancellationToken).ConfigureAwait(false);
            return ssl;
        }
        catch
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task HandshakeAsync(ConnectionString settings, bool authenticate, CancellationToken cancellationToken)
    {
        // Handshake spec: the first message is hello with helloOk and the client metadata document.
        List<BsonElement> hello = [new("hello", 1), new("helloOk", true), new("client", ClientMetadata.Create(settings.AppName))];
        // Load Balancer spec, "Connection Establishment": the handshake announces loadBalanced and must get a serviceId back.
        if (settings.LoadBalanced == true)
        {
            hello.Add(new("loadBalanced", true));
        }

        var credential = authenticate ? settings.Credential : null;
        var mechsRequest = credential is null ? null : MongoCredentialAuthentication.SaslSupportedMechsRequest(credential);
        if (mechsRequest is not null)
        {
            hello.Add(new("saslSupportedMechs", mechsRequest));
        }

        var reply = await RunCommandAsync("admin", new BsonDocument(hello), cancellationToken).ConfigureAwait(false);
        if (settings.LoadBalanced == true && !reply.Contains("serviceId"))
        {
            throw new MongoConnectionException(ServerAddress, "loadBalanced=true, but the server's hello reply has no serviceId: it is not behind a load balancer that supports this driver mode.", null);
        }

        _helloReply = reply;
        _description = new ConnectionDescription(
            ServerAddress,
            BsonNumbers.Int32(reply, "maxWireVersion", 0),
            BsonNumbers.Int32(reply, "maxBsonObjectSize", 16 * 1024 * 1024),
            BsonNumbers.Int32(reply, "maxMessageSizeBytes", WireMessageCodec.DefaultMaxMessageSize),
            BsonNumbers.Int32(reply, "maxWriteBatchSize", 100_000),
            BsonNumbers.Int64(reply, "connectionId", 0));

        if (credential is not null)
        {
            var mechs = reply.GetValueOrDefault("saslSupportedMechs") is BsonArray array ? array.OfType<BsonString>().Select(s => s.Value) : null;
            var authenticator = MongoCredentialAuthentication.Create(credential, mechs);
            await authenticator.AuthenticateAsync(this, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<BsonDocument> ExchangeAsync(BsonDocument body, string commandName, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(IsClosed, this);
        await _exchange.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(IsClosed, this);
            var requestId = Interlocked.Increment(ref s_lastRequestId);
            var maxSize = _description?.MaxMessageSizeBytes ?? WireMessageCodec.DefaultMaxMessageSize;
            WireMessage? reply;
            try
            {
                await WireMessageCodec.WriteAsync(_stream, new OpMsgMessage(requestId, 0, OpMsgFlagBits.None, body), cancellationToken).ConfigureAwait(false);
                reply = await WireMessageCodec.ReadAsync(_reader, cancellationToken, maxSize).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // A cancelled read may have consumed part of the reply; the stream can no longer be trusted.
                await DisposeAsync().ConfigureAwait(false);
                throw;
            }
            catch (Exception ex) when (ex is IOException or SocketException or WireProtocolException or ObjectDisposedException)
            {
                await DisposeAsync().ConfigureAwait(false);
                throw new MongoConnectionException(ServerAddress, $"{commandName} failed: {ex.Message}", ex) { CommandName = commandName };
            }

            return await CheckReplyAsync(reply, requestId, commandName).ConfigureAwait(false);
        }
        finally
        {
            _exchange.Release();
        }
    }

    private async Task<BsonDocument> CheckReplyAsync(WireMessage? reply, int requestId, string commandName)
    {
        var problem = reply switch
        {
            null => "the server closed the connection",
            OpMsgMessage { ResponseTo: var to } when to != requestId => $"reply answers request {to}, not {requestId}",
            OpMsgMessage msg when msg.Flags.HasFlag(OpMsgFlagBits.MoreToCome) => "the server set moreToCome, but exhaust was not requested",
            OpMsgMessage => null,
            _ => $"the server answered with {reply.OpCode}, not OP_MSG",
        };
        if (problem is not null)
        {
            await DisposeAsync().ConfigureAwait(false);
            throw new MongoConnectionException(ServerAddress, $"{commandName}: {problem}", null) { CommandName = commandName };
        }

        try
        {
            return ((OpMsgMessage)reply!).MergedBody();
        }
        catch (WireProtocolException ex)
        {
            await DisposeAsync().ConfigureAwait(false);
            throw new MongoConnectionException(ServerAddress, $"{commandName}: {ex.Message}", ex) { CommandName = commandName };
        }
    }
}
