namespace Serverless.Mongo;

/// <summary>Pool limits (CMAP spec, "Connection Pool Options"; defaults are the spec's).</summary>
public sealed record ConnectionPoolOptions
{
    /// <summary>minPoolSize: connections <see cref="ConnectionPool.WarmUpAsync"/> opens.</summary>
    public int MinSize { get; init; }

    /// <summary>maxPoolSize: connections checked out or idle at once; the spec default is 100.</summary>
    public int MaxSize { get; init; } = 100;

    /// <summary>waitQueueTimeoutMS: how long a checkout waits for a free slot; null waits until cancelled.</summary>
    public TimeSpan? WaitQueueTimeout { get; init; }

    /// <summary>maxIdleTimeMS: an idle connection older than this is closed at checkout; null keeps it forever.</summary>
    public TimeSpan? MaxIdleTime { get; init; }

    /// <summary>The clock for idle eviction.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Reads minPoolSize, maxPoolSize, waitQueueTimeoutMS and maxIdleTimeMS (0 means "no limit" for the last three).</summary>
    public static ConnectionPoolOptions FromConnectionString(ConnectionString settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new ConnectionPoolOptions
        {
            MinSize = settings.MinPoolSize ?? 0,
            MaxSize = settings.MaxPoolSize is > 0 and var max ? max : 100,
            WaitQueueTimeout = settings.WaitQueueTimeoutMS is > 0 and var wait ? TimeSpan.FromMilliseconds(wait) : null,
            MaxIdleTime = settings.MaxIdleTimeMS is > 0 and var idle ? TimeSpan.FromMilliseconds(idle) : null,
        };
    }

    internal void Validate()
    {
        if (MaxSize < 1)
        {
            throw new ArgumentException($"MaxSize must be at least 1, not {MaxSize}.");
        }

        if (MinSize < 0 || MinSize > MaxSize)
        {
            throw new ArgumentException($"MinSize must be in 0..MaxSize ({MaxSize}), not {MinSize}.");
        }

        if (WaitQueueTimeout is { } wait && wait <= TimeSpan.Zero)
        {
            throw new ArgumentException($"WaitQueueTimeout must be positive, not {wait}.");
        }

        if (MaxIdleTime is { } idle && idle <= TimeSpan.Zero)
        {
            throw new ArgumentException($"MaxIdleTime must be positive, not {idle}.");
        }
    }
}
