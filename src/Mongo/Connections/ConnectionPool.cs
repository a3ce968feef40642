using Serverless.Mongo.Topology;

namespace Serverless.Mongo;

/// <summary>
/// The connections to one server (CMAP spec). Checkouts beyond MaxSize wait up to WaitQueueTimeout; idle
/// connections are reused most-recently-returned first; <see cref="Clear"/> bumps the generation so that every
/// connection made before it is closed instead of reused.
/// </summary>
public sealed class ConnectionPool : IAsyncDisposable
{
    private readonly Func<CancellationToken, Task<MongoConnection>> _connect;
    private readonly ConnectionPoolOptions _options;
    private readonly SemaphoreSlim _slots;
    private readonly Lock _lock = new();
    private readonly Stack<IdleConnection> _idle = new();
    private int _generation;
    private int _checkedOut;
    private bool _disposed;

    public ConnectionPool(ServerAddress endpoint, ConnectionString settings, ConnectionPoolOptions options)
        : this(options, cancellationToken => MongoConnection.OpenAsync(endpoint, settings, cancellationToken))
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(settings);
    }

    public ConnectionPool(ConnectionPoolOptions options, Func<CancellationToken, Task<MongoConnection>> connect)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(connect);
        options.Validate();
        _options = options;
        _connect = connect;
        _slots = new SemaphoreSlim(options.MaxSize, options.MaxSize);
    }

    public int Generation => Volatile.Read(ref _generation);

    public int CheckedOutCount => Volatile.Read(ref _checkedOut);

    public int IdleCount
    {
        get
        {
            lock (_lock)
            {
                return _idle.Count;
            }
        }
    }

    /// <summary>Checks out an idle connection of the current generation, or opens a new one when none is left.</summary>
    /// <exception cref="MongoWaitQueueTimeoutException">MaxSize connections stayed checked out for WaitQueueTimeout.</exception>
    public async Task<PooledConnection> CheckOutAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var acquired = _options.WaitQueueTimeout is { } timeout
            ? await _slots.WaitAsync(timeout, cancellationToken).ConfigureAwait(false)
            : await WaitForeverAsync(cancellationToken).ConfigureAwait(false);
        if (!acquired)
        {
            throw new MongoWaitQueueTimeoutException(
                $"Timed out after {_options.WaitQueueTimeout} waiting for a connection: all {_options.MaxSize} (maxPoolSize) are checked out.");
        }

        try
        {
            var pooled = await TakeIdleOrOpenAsync(cancellationToken).ConfigureAwait(false);
            Interlocked.Increment(ref _checkedOut);
            return pooled;
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    /// <summary>
    /// Marks every existing connection stale (CMAP spec, "Clearing a Connection Pool": after a network error the
    /// server's connections are suspect). Idle ones are closed at the next checkout, checked-out ones on return.
    /// </summary>
    public void Clear() => Interlocked.Increment(ref _generation);

    /// <summary>Opens new connections until MinSize are idle or checked out (CMAP spec, "Populating the Pool").</summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        while (IdleCount + CheckedOutCount < _options.MinSize)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            Interlocked.Increment(ref _checkedOut);
            MongoConnection connection;
            var generation = Generation;
            try
            {
                connection = await _connect(cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                Interlocked.Decrement(ref _checkedOut);
                _slots.Release();
                throw;
            }

            await CheckInAsync(connection, generation).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        List<IdleConnection> idle;
        lock (_lock)
        {
            _disposed = true;
            idle = [.. _idle];
            _idle.Clear();
        }

        foreach (var entry in idle)
        {
            await entry.Connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    internal async ValueTask CheckInAsync(MongoConnection connection, int generation)
    {
        Interlocked.Decrement(ref _checkedOut);
        try
        {
            bool keep;
            lock (_lock)
            {
                keep = !_disposed && !connection.IsClosed && generation == Generation;
                if (keep)
                {
                    _idle.Push(new IdleConnection(connection, generation, _options.TimeProvider.GetTimestamp()));
                }
            }

            if (!keep)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    private async Task<bool> WaitForeverAsync(CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<PooledConnection> TakeIdleOrOpenAsync(CancellationToken cancellationToken)
    {
        while (TryPopIdle(out var entry))
        {
            if (IsUsable(entry))
            {
                return new PooledConnection(this, entry.Connection, entry.Generation);
            }

            await entry.Connection.DisposeAsync().ConfigureAwait(false);
        }

        var generation = Generation;
        var connection = await _connect(cancellationToken).ConfigureAwait(false);
        return new PooledConnection(this, connection, generation);
    }

    private bool TryPopIdle(out IdleConnection entry)
    {
        lock (_lock)
        {
            return _idle.TryPop(out entry!);
        }
    }

    // CMAP spec, "Checking Out a Connection": stale (older generation), idle past maxIdleTimeMS, or closed connections are discarded.
    private bool IsUsable(IdleConnection entry) =>
        !entry.Connection.IsClosed
        && entry.Generation == Generation
        && (_options.MaxIdleTime is not { } maxIdle || _options.TimeProvider.GetElapsedTime(entry.ReturnedAt) <= maxIdle);

    private sealed record IdleConnection(MongoConnection Connection, int Generation, long ReturnedAt);
}
