using Serverless.Mongo.Topology.Selection;

namespace Serverless.Mongo.Topology;

/// <summary>
/// The client's current <see cref="TopologyDescription"/>, replaced as monitors learn more, and server selection
/// over it. Each published description completes the task that waiting selections hold and swaps in a new one, so
/// a selection that found nothing suitable sleeps until the topology changes or its timeout elapses (Server
/// Selection spec, "Multi-threaded or asynchronous server selection", steps 9-11).
/// </summary>
public sealed class TopologyState
{
    private readonly Lock _gate = new();
    private readonly TopologyStateOptions _options;
    private TopologyDescription _current;
    private TaskCompletionSource _changed = NewSignal();

    public TopologyState(TopologyDescription initial, TopologyStateOptions? options = null)
    {
        _current = initial ?? throw new ArgumentNullException(nameof(initial));
        _options = options ?? new TopologyStateOptions();
        if (_options.ServerSelectionTimeout <= TimeSpan.Zero && _options.ServerSelectionTimeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options), _options.ServerSelectionTimeout, "serverSelectionTimeout must be positive or infinite.");
        }
    }

    public TopologyDescription Current
    {
        get
        {
            lock (_gate)
            {
                return _current;
            }
        }
    }

    /// <summary>Publishes a new description and wakes every selection waiting for a change.</summary>
    public void Update(TopologyDescription description)
    {
        ArgumentNullException.ThrowIfNull(description);
        TaskCompletionSource woken;
        lock (_gate)
        {
            _current = description;
            woken = _changed;
            _changed = NewSignal();
        }

        woken.SetResult();
    }

    /// <summary>
    /// Runs <paramref name="selector"/> over the current topology until it leaves at least one server, waiting for
    /// topology changes in between; when several are left, one is picked at random.
    /// </summary>
    /// <exception cref="IncompatibleTopologyException">The current topology has a compatibility error.</exception>
    /// <exception cref="ServerSelectionTimeoutException">No suitable server within serverSelectionTimeout.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<ServerDescription> SelectServerAsync(IServerSelector selector, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selector);
        cancellationToken.ThrowIfCancellationRequested();
        var (topology, changed) = Snapshot();
        if (TrySelect(selector, topology) is { } immediate)
        {
            // The common case: no timer is created when a server is suitable right away.
            return immediate;
        }

        using var timeout = new CancellationTokenSource(_options.ServerSelectionTimeout, _options.TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        while (true)
        {
            _options.RequestImmediateCheck?.Invoke();
            try
            {
                await changed.WaitAsync(linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new ServerSelectionTimeoutException(
                    $"No server suitable for {selector} within {_options.ServerSelectionTimeout.TotalMilliseconds} ms; topology: {Current}.");
            }

            (topology, changed) = Snapshot();
            if (TrySelect(selector, topology) is { } selected)
            {
                return selected;
            }
        }
    }

    /// <summary>
    /// The current description and the task its successor will complete, read together so that an update landing
    /// after this call is sure to complete the returned task.
    /// </summary>
    private (TopologyDescription Topology, Task Changed) Snapshot()
    {
        lock (_gate)
        {
            return (_current, _changed.Task);
        }
    }

    private ServerDescription? TrySelect(IServerSelector selector, TopologyDescription topology)
    {
        // Step 2: an incompatible deployment fails selection at once rather than after the timeout.
        if (topology.CompatibilityError is { } incompatibility)
        {
            throw new IncompatibleTopologyException(incompatibility);
        }

        var suitable = selector.SelectServers(topology, topology.Servers);
        return suitable.Count switch
        {
            0 => null,
            1 => suitable[0],
            _ => suitable[_options.Random.Next(suitable.Count)],
        };
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
