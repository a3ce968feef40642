using Serverless.Bson;
using Serverless.Mongo.Cluster;
using Serverless.Mongo.Dns;
using Serverless.Mongo.Operations;
using Serverless.Mongo.Topology;
using Serverless.Mongo.Topology.Selection;

namespace Serverless.Mongo;

/// <summary>
/// Entry point to a deployment: standalone, replica set, sharded cluster or load balancer, discovered and monitored
/// per the SDAM spec from the connection string's seeds (a mongodb+srv seedlist is resolved on first use). Each
/// operation selects a server by read preference (reads) or writability (writes), checks a connection out of that
/// server's pool, runs one command within its time budget, and is retried once where the retry specs allow it.
/// </summary>
public sealed class MongoClient : IAsyncDisposable
{
    private readonly MongoClientOptions _options;
    private readonly SemaphoreSlim _startGate = new(1, 1);
    private MongoCluster? _cluster;
    private OperationExecutor? _executor;
    private bool _disposed;

    public MongoClient(string connectionString)
        : this(ConnectionString.Parse(connectionString))
    {
    }

    public MongoClient(ConnectionString settings)
        : this(settings, new MongoClientOptions())
    {
    }

    public MongoClient(ConnectionString settings, MongoClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(options);
        Settings = settings;
        _options = options;
        ReadPreference = settings.ToReadPreference();
        ServerAddress = string.Join(",", settings.Hosts);
        if (!settings.IsSrv || settings.IsSeedlistResolved)
        {
            Start(settings);
        }
    }

    public ConnectionString Settings { get; }

    /// <summary>Sees every command the client's operations send (Command Monitoring spec); null for none.</summary>
    public ICommandEventObserver? CommandObserver { get; set; }

    /// <summary>The seeds as the connection string names them, comma-separated ("host:port" for a single-host string).</summary>
    public string ServerAddress { get; }

    /// <summary>The read preference of reads that name none, from the connection string (primary by default).</summary>
    public ReadPreference ReadPreference { get; }

    /// <summary>The current view of the deployment (unknown until the first check, or until a mongodb+srv name is resolved).</summary>
    public TopologyDescription Topology =>
        _cluster?.State.Current ?? new TopologyDescription(TopologyType.Unknown, []);

    /// <summary>The connection pool of a server of the topology, or null when the topology has no such server.</summary>
    public ConnectionPool? GetConnectionPool(ServerAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return _cluster?.Find(address)?.Pool;
    }

    /// <exception cref="ArgumentException">Not a valid database name.</exception>
    public MongoDatabase GetDatabase(string name) => new(this, name);

    /// <summary>
    /// Ends the pooled server sessions (endSessions, best effort and bounded), then stops the monitors (awaiting
    /// their loops) and closes every pooled connection.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        await _startGate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (!_disposed && _executor is { } executor)
            {
                // Before _disposed is set, while the pools are still open (Driver Sessions spec, "endSessions").
                await executor.EndSessionsAsync().ConfigureAwait(false);
            }

            _disposed = true;
            if (_cluster is not null)
            {
                await _cluster.DisposeAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            _startGate.Release();
        }
    }

    /// <summary>
    /// The generic path: reads by name (see <see cref="CommandClassifier.KindOf"/>) run primaryPreferred, every other
    /// command on the primary; a maxTimeMS in the command also bounds the client-side wait; retryable reads and
    /// writes are retried once.
    /// </summary>
    internal async Task<BsonDocument> RunCommandAsync(string database, BsonDocument command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var kind = CommandClassifier.KindOf(command);
        var budget = BsonNumbers.TryInt64(command.GetValueOrDefault("maxTimeMS")) is > 0 and var ms ? TimeSpan.FromMilliseconds(ms) : (TimeSpan?)null;
        var readPreference = kind == CommandKind.Read ? new ReadPreference(ReadPreferenceMode.PrimaryPreferred) : Mongo.Topology.ReadPreference.Primary;
        var result = await ExecuteAsync(new OperationRequest(database, command, kind, readPreference, budget), cancellationToken).ConfigureAwait(false);
        if (result.Session is { } session)
        {
            // A cursor opened through the generic path is not iterated by this client, so nothing holds its session.
            ReturnSession(session);
        }

        return result.Reply;
    }

    /// <summary>A read selected by <paramref name="readPreference"/> (the client's when null); aggregations writing with $out/$merge run as writes.</summary>
    internal Task<CommandResult> RunReadCommandAsync(string database, BsonDocument command, ReadPreference? readPreference, TimeSpan? timeBudget, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var kind = CommandClassifier.HasWriteStage(command) ? CommandKind.Write : CommandKind.Read;
        return ExecuteAsync(new OperationRequest(database, command, kind, readPreference ?? ReadPreference, timeBudget), cancellationToken);
    }

    /// <summary>A write on a writable server (the primary of a replica set).</summary>
    internal Task<CommandResult> RunWriteCommandAsync(string database, BsonDocument command, TimeSpan? timeBudget, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return ExecuteAsync(new OperationRequest(database, command, CommandKind.Write, Mongo.Topology.ReadPreference.Primary, timeBudget), cancellationToken);
    }

    /// <summary>A command on one server, e.g. a cursor's getMore or killCursors on the server that owns the cursor.</summary>
    internal async Task<BsonDocument> RunCommandOnServerAsync(ServerAddress server, string database, BsonDocument command, ServerSession? session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var executor = await GetExecutorAsync(cancellationToken).ConfigureAwait(false);
        return await executor.ExecuteOnServerAsync(server, database, command, session, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Returns a cursor's implicit session to the pool once the cursor is exhausted or closed.</summary>
    internal void ReturnSession(ServerSession session)
    {
        ArgumentNullException.ThrowIfNull(session);

        // A session can only have been rented through the executor, so it exists here.
        Volatile.Read(ref _executor)?.ReturnSession(session);
    }

    /// <summary>The handshake description of a writable server (the primary of a replica set): its size and batch limits.</summary>
    internal async Task<ConnectionDescription> DescribeWritableServerAsync(CancellationToken cancellationToken)
    {
        var executor = await GetExecutorAsync(cancellationToken).ConfigureAwait(false);
        return await executor.DescribeWritableServerAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<CommandResult> ExecuteAsync(OperationRequest request, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(request.Database);
        if (request.Command.Count == 0)
        {
            throw new ArgumentException("A command document needs at least the command name as its first field.", nameof(request));
        }

        var executor = await GetExecutorAsync(cancellationToken).ConfigureAwait(false);
        return await executor.ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<OperationExecutor> GetExecutorAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (Volatile.Read(ref _executor) is { } started)
        {
            return started;
        }

        // mongodb+srv: resolved once, by the first operation, under its cancellation token; a failed resolution
        // (e.g. cancelled) leaves the client unstarted so that the next operation tries again.
        await _startGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_executor is null)
            {
                var dns = _options.DnsResolver ?? await DnsClient.FromSystemConfigurationAsync(cancellationToken).ConfigureAwait(false);
                var resolved = await new SeedlistResolver(dns).ResolveAsync(Settings, cancellationToken).ConfigureAwait(false);
                Start(resolved);
            }

            return _executor!;
        }
        finally
        {
            _startGate.Release();
        }
    }

    private void Start(ConnectionString resolved)
    {
        var cluster = new MongoCluster(resolved, _options.TimeProvider);
        var context = new OperationContext(
            cluster,
            new ServerOperationCounter(),
            new ServerSessionPool(_options.TimeProvider),
            resolved.LocalThresholdMS is >= 0 and var threshold ? TimeSpan.FromMilliseconds(threshold) : LatencyWindowServerSelector.DefaultLocalThreshold,
            RetryReads: resolved.RetryReads ?? true,
            RetryWrites: resolved.RetryWrites ?? true,
            _options.TimeProvider);
        _cluster = cluster;
        Volatile.Write(ref _executor, new OperationExecutor(context));
        cluster.Start();
    }
}
