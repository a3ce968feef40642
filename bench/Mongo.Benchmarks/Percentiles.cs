namespace Serverless.Mongo.Benchmarks;

/// <summary>Nearest-rank percentiles, the same definition as percentile() in js/bench.mjs.</summary>
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
