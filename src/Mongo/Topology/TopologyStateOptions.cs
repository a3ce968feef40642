namespace Serverless.Mongo.Topology;

/// <summary>How <see cref="TopologyState"/> waits during server selection.</summary>
public sealed record TopologyStateOptions
{
    /// <summary>Server Selection spec, "serverSelectionTimeoutMS": the default is 30 seconds.</summary>
    public static readonly TimeSpan DefaultServerSelectionTimeout = TimeSpan.FromSeconds(30);

    /// <summary>How long a selection waits for a suitable server; <see cref="Timeout.InfiniteTimeSpan"/> waits forever.</summary>
    public TimeSpan ServerSelectionTimeout { get; init; } = DefaultServerSelectionTimeout;

    /// <summary>The clock the timeout runs on; tests replace it to move time by hand.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>
    /// Picks among several servers left by a selector; <see cref="Random.Shared"/> by default. A replacement must be
    /// thread-safe if selections run concurrently (a seeded <see cref="Random"/> is only for single-threaded tests).
    /// </summary>
    public Random Random { get; init; } = Random.Shared;

    /// <summary>
    /// Called when a selection finds no suitable server, before it waits: Server Selection spec, step 9, "request an
    /// immediate topology check". It must only signal the monitors, not wait for them.
    /// </summary>
    public Action? RequestImmediateCheck { get; init; }
}
