namespace Serverless.Mongo.Benchmarks;

/// <summary>
/// How long each measurement runs; the same numbers as PLAN in js/bench.mjs, so both sides do the same work.
/// </summary>
internal static class LoadPlan
{
    public static readonly TimeSpan LatencyWarmup = TimeSpan.FromMilliseconds(1500);
    public const int LatencyRounds = 5;
    public static readonly TimeSpan LatencyRound = TimeSpan.FromMilliseconds(1000);

    /// <summary>Concurrent workers of the throughput measurement (async loops sharing one client and its pool).</summary>
    public const int Workers = 8;
    public static readonly TimeSpan ThroughputWarmup = TimeSpan.FromMilliseconds(1000);
    public const int ThroughputRounds = 3;
    public static readonly TimeSpan ThroughputRound = TimeSpan.FromMilliseconds(1500);

    /// <summary>The limit of the many-document find.</summary>
    public const int FindManyLimit = 100;
}
