using Serverless.Bson;
using Serverless.Mongo.Topology.Discovery;

namespace Serverless.Mongo.Topology.Monitoring;

/// <summary>
/// Checks one server with hello on a dedicated connection every heartbeatFrequencyMS (SDAM spec, "Monitoring"),
/// reporting each outcome, RTT included, as a <see cref="ServerDescription"/>. A check can be requested earlier
/// (server selection found nothing suitable, or an operation saw the server fail), but checks are never closer than
/// <see cref="MinHeartbeatInterval"/>. The loop is owned: <see cref="DisposeAsync"/> stops and awaits it.
/// </summary>
internal sealed class ServerMonitor : IAsyncDisposable
{
    /// <summary>SDAM spec, "minHeartbeatFrequencyMS": 500 ms, so immediate checks cannot flood a server.</summary>
    public static readonly TimeSpan MinHeartbeatInterval = TimeSpan.FromMilliseconds(500);

    private const int DefaultConnectTimeoutMS = 10_000;

    private readonly ServerAddress _address;
    private readonly ConnectionString _settings;
    private readonly TimeSpan _heartbeatFrequency;
    private readonly Func<ServerDescription, CancellationToken, ValueTask> _report;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private TaskCompletionSource _checkRequested = NewSignal();
    private MongoConnection? _connection;
    private TimeSpan? _averageRoundTripTime;
    private Task? _loop;

    /// <param name="report">Receives every check's outcome; it runs on the monitor's loop, one call at a time.</param>
    public ServerMonitor(ServerAddress address, ConnectionString settings, TimeSpan heartbeatFrequency, Func<ServerDescription, CancellationToken, ValueTask> report, TimeProvider time)
    {
        _address = address;
        _settings = settings;
        _heartbeatFrequency = heartbeatFrequency < MinHeartbeatInterval ? MinHeartbeatInterval : heartbeatFrequency;
        _report = report;
        _time = time;
    }

    /// <summary>Starts the loop; the first check runs at once.</summary>
    public void Start()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_stop.IsCancellationRequested, this);
            _loop ??= RunAsync(_stop.Token);
        }
    }

    /// <summary>SDAM spec, "requestCheck": wakes the loop early (but not sooner than the minimum interval).</summary>
    public void RequestCheck()
    {
        TaskCompletionSource requested;
        lock (_gate)
        {
            requested = _checkRequested;
        }

        requested.TrySetResult();
    }

    /// <summary>Stops the loop without waiting for it (used when the server leaves the topology).</summary>
    public void Stop()
    {
        lock (_gate)
        {
            if (!_stop.IsCancellationRequested)
            {
                _stop.Cancel();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        Stop();
        Task? loop;
        lock (_gate)
        {
            loop = _loop;
        }

        if (loop is not null)
        {
            // The loop ends by cancellation only; any other exception is a bug and must surface.
            await loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (loop.Exception is { } failure)
            {
                throw failure.InnerException ?? failure;
            }
        }

        if (_connection is not null)
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
        }

        _stop.Dispose();
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        // Leave the caller (who may hold the cluster's lock) before the first network call.
        await Task.Yield();
        while (!cancellationToken.IsCancellationRequested)
        {
            var started = _time.GetTimestamp();
            var description = await CheckAsync(cancellationToken).ConfigureAwait(false);
            if (cancellationToken.IsCancellationRequested)
            {
                return;
            }

            await _report(description, cancellationToken).ConfigureAwait(false);
            await WaitForNextCheckAsync(started, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<ServerDescription> CheckAsync(CancellationToken cancellationToken)
    {
        // SDAM spec, "Network error when calling hello": the check's socket timeout is connectTimeoutMS.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMilliseconds(_settings.ConnectTimeoutMS is > 0 and var ms ? ms : DefaultConnectTimeoutMS));
        var started = _time.GetTimestamp();
        try
        {
            BsonDocument reply;
            if (_connection is null || _connection.IsClosed)
            {
                await DisposeConnectionAsync().ConfigureAwait(false);
                _connection = await MongoConnection.OpenForMonitoringAsync(_address, _settings, timeout.Token).ConfigureAwait(false);
                reply = _connection.HelloReply;
            }
            else
            {
                reply = await _connection.RunCommandAsync("admin", new BsonDocument([new("hello", 1), new("helloOk", true)]), timeout.Token).ConfigureAwait(false);
            }

            var roundTrip = _time.GetElapsedTime(started);
            var description = HelloReplyParser.Parse(_address, reply, roundTrip, _time.GetUtcNow(), _averageRoundTripTime);
            _averageRoundTripTime = description.AverageRoundTripTime;
            return description;
        }
        catch (Exception ex) when (ex is MongoException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // Server Selection spec: an unavailable server's average RTT is cleared, so the next sample restarts it.
            _averageRoundTripTime = null;
            await DisposeConnectionAsync().ConfigureAwait(false);
            var reason = ex is OperationCanceledException ? "hello timed out (connectTimeoutMS)" : ex.Message;
            return new ServerDescription(_address, ServerType.Unknown, _time.GetUtcNow()).WithError(reason);
        }
    }

    private async Task WaitForNextCheckAsync(long lastCheckStarted, CancellationToken cancellationToken)
    {
        Task requested;
        lock (_gate)
        {
            requested = _checkRequested.Task;
        }

        var untilHeartbeat = _heartbeatFrequency - _time.GetElapsedTime(lastCheckStarted);
        if (untilHeartbeat > TimeSpan.Zero)
        {
            using var heartbeat = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var delay = Task.Delay(untilHeartbeat, _time, heartbeat.Token);
            await Task.WhenAny(delay, requested).ConfigureAwait(false);
            await heartbeat.CancelAsync().ConfigureAwait(false);
            await delay.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        lock (_gate)
        {
            if (_checkRequested.Task.IsCompleted)
            {
                _checkRequested = NewSignal();
            }
        }

        var untilMinimum = MinHeartbeatInterval - _time.GetElapsedTime(lastCheckStarted);
        if (untilMinimum > TimeSpan.Zero && !cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(untilMinimum, _time, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async ValueTask DisposeConnectionAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
            _connection = null;
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
