namespace Serverless.Benchmarks;

/// <summary>Nearest-rank percentiles, the same definition as percentile() in Mongo.Benchmarks/js/bench.mjs.</summary>
/// <remarks>Linked into every bench project that reports latency percentiles (Mongo.Benchmarks, LoadDriver).</remarks>
internal static class Percentiles
{
    /// <summary>The value at rank ceil(p * n) of the sorted samples (1-based), clamped to the samples.</summary>
    public static double Of(IReadOnlyList<double> sorted, double p)
    {
        ArgumentOutOfRangeException.ThrowIfZero(sorted.Count);
        var rank = (int)Math.Ceiling(p * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }
}
