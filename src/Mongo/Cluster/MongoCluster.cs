using Serverless.Mongo.Topology;
using Serverless.Mongo.Topology.Discovery;
using Serverless.Mongo.Topology.Monitoring;

namespace Serverless.Mongo.Cluster;

/// <summary>
/// The deployment as the client sees it: the published <see cref="TopologyState"/>, one <see cref="ClusterServer"/>
/// per server in it, and the SDAM reactions to monitor checks and operation errors. Servers the topology gains get
/// a pool and a monitor; servers it loses are stopped, and their monitors are awaited at <see cref="DisposeAsync"/>.
/// </summary>
internal sealed class MongoCluster : IAsyncDisposable
{
    private readonly ConnectionString _settings;
    private readonly TimeSpan _heartbeatFrequency;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly TopologyUpdater _updater;
    private readonly Dictionary<ServerAddress, ClusterServer> _servers = [];
    private readonly List<ClusterServer> _retired = [];
    private bool _disposed;

    /// <param name="settings">A connection string whose seedlist is resolved (not an unresolved mongodb+srv).</param>
    public MongoCluster(ConnectionString settings, TimeProvider time)
    {
        _settings = settings;
        _time = time;
        _heartbeatFrequency = settings.HeartbeatFrequencyMS is > 0 and var ms ? TimeSpan.FromMilliseconds(ms) : TopologyDescription.DefaultHeartbeatFrequency;
        _updater = new TopologyUpdater(settings.Hosts.Count);
        var type = TopologyUpdater.InitialType(settings);

        // Load Balancer spec, "Server Discovery": the one seed is a LoadBalancer from the start and is never monitored.
        var seeds = settings.Hosts.Select(host => type == TopologyType.LoadBalanced
            ? new ServerDescription(host, ServerType.LoadBalancer, time.GetUtcNow())
            : new ServerDescription(host));
        var timeout = settings.ServerSelectionTimeoutMS is > 0 and var selection
            ? TimeSpan.FromMilliseconds(selection)
            : TopologyStateOptions.DefaultServerSelectionTimeout;
        State = new TopologyState(
            new TopologyDescription(type, seeds, _heartbeatFrequency, settings.ReplicaSet),
            new TopologyStateOptions { ServerSelectionTimeout = timeout, TimeProvider = time, RequestImmediateCheck = RequestCheckAll });
        foreach (var host in settings.Hosts)
        {
            _servers.Add(host, CreateServer(host, monitored: type != TopologyType.LoadBalanced));
        }
    }

    public TopologyState State { get; }

    /// <summary>Starts the monitors of the seeds.</summary>
    public void Start()
    {
        foreach (var server in Snapshot())
        {
            server.Monitor?.Start();
        }
    }

    /// <summary>The pool of <paramref name="address"/>, or null when the server is not (or no longer) in the topology.</summary>
    public ClusterServer? Find(ServerAddress address)
    {
        lock (_gate)
        {
            return _servers.GetValueOrDefault(address);
        }
    }

    public IReadOnlyList<ClusterServer> Snapshot()
    {
        lock (_gate)
        {
            return [.. _servers.Values];
        }
    }

    /// <summary>Applies a monitor's check (SDAM spec, "Updating the TopologyDescription").</summary>
    public async ValueTask OnCheckAsync(ServerDescription description, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(description);
        var (added, removed) = Apply(description);

        // SDAM spec, "Network error when calling hello": the server's pooled connections are suspect too.
        if (description.Type == ServerType.Unknown && description.Error is not null)
        {
            Find(description.Address)?.Pool.Clear();
        }

        foreach (var server in added)
        {
            server.Monitor?.Start();
        }

        foreach (var server in removed)
        {
            // A monitor may have reported its own removal, so the loops are only signalled here and awaited at dispose.
            server.Monitor?.Stop();
            await server.Pool.DisposeAsync().ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>
    /// SDAM spec, "Error handling" for an operation's error: a network error (not a timeout) or a state-change
    /// error marks the server Unknown and asks for a check; network and shutdown errors also clear its pool, unless
    /// the failed connection predates the last clear (a stale error, already handled).
    /// </summary>
    public void OnOperationError(ServerAddress address, int connectionGeneration, Exception error)
    {
        var server = Find(address);
        if (server is null || connectionGeneration < server.Pool.Generation)
        {
            return;
        }

        var (markUnknown, clearPool) = error switch
        {
            MongoConnectionException => (true, true),
            MongoCommandException command when ServerErrorKinds.IsStateChange(command) => (true, ServerErrorKinds.IsShutdown(command)),
            _ => (false, false),
        };
        if (State.Current.Type == TopologyType.LoadBalanced)
        {
            // Load Balancer spec, "Error handling": the server stays a LoadBalancer; only the pool is cleared.
            markUnknown = false;
        }

        if (clearPool)
        {
            server.Pool.Clear();
        }

        if (markUnknown)
        {
            Apply(new ServerDescription(address, ServerType.Unknown, _time.GetUtcNow()).WithError(error.Message));
            server.Monitor?.RequestCheck();
        }
    }

    public async ValueTask DisposeAsync()
    {
        List<ClusterServer> all;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            all = [.. _servers.Values, .. _retired];
            _servers.Clear();
            _retired.Clear();
        }

        foreach (var server in all)
        {
            await server.DisposeAsync().ConfigureAwait(false);
        }
    }

    private (List<ClusterServer> Added, List<ClusterServer> Removed) Apply(ServerDescription description)
    {
        List<ClusterServer> added = [];
        List<ClusterServer> removed = [];
        lock (_gate)
        {
            if (_disposed)
            {
                return (added, removed);
            }

            var topology = _updater.Apply(State.Current, description);
            State.Update(topology);
            foreach (var server in topology.Servers.Where(server => !_servers.ContainsKey(server.Address)))
            {
                var created = CreateServer(server.Address, monitored: true);
                _servers.Add(server.Address, created);
                added.Add(created);
            }

            foreach (var gone in _servers.Keys.Where(address => topology.Find(address) is null).ToList())
            {
                removed.Add(_servers[gone]);
                _retired.Add(_servers[gone]);
                _servers.Remove(gone);
            }
        }

        return (added, removed);
    }

    private ClusterServer CreateServer(ServerAddress address, bool monitored)
    {
        var pool = new ConnectionPool(address, _settings, ConnectionPoolOptions.FromConnectionString(_settings));
        var monitor = monitored ? new ServerMonitor(address, _settings, _heartbeatFrequency, OnCheckAsync, _time) : null;
        return new ClusterServer(address, pool, monitor);
    }

    private void RequestCheckAll()
    {
        foreach (var server in Snapshot())
        {
            server.Monitor?.RequestCheck();
        }
    }
}
