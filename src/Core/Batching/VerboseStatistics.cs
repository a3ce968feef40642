using Serverless.Bson;
using Serverless.Core.Scalars;
using Serverless.GraphQL.Batching;

namespace Serverless.Core.Batching;

/// <summary>
/// RESTHeart's verbose "overall-statistics" (§9.5): java-dataloader's Statistics.toMap, ten keys in its order.
/// Counts are integers; ratios are doubles printed the way the Java driver's relaxed JSON prints a double
/// (0.0, 0.5, 1.0E-4), each count divided by loadCount and 0.0 when loadCount is 0 (Statistics.ratio).
/// </summary>
public static class VerboseStatistics
{
    /// <summary>The ten keys in order, ready for Result.Extensions.dataloader["overall-statistics"].</summary>
    /// <param name="statistics">The sum over the request's loaders (the dispatcher's statistics).</param>
    public static IReadOnlyDictionary<string, object?> ToOverallStatistics(DataLoaderStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        var loads = statistics.Loads;
        // java-dataloader counts a batch function that throws once in batchLoadExceptionCount and leaves
        // loadErrorCount to the per-key errors a batch function returns; the engine's Errors holds both.
        var loadErrors = statistics.Errors - statistics.FailedBatchKeys;
        return new OrderedDictionary<string, object?>(StringComparer.Ordinal)
        {
            ["loadCount"] = loads,
            ["loadErrorCount"] = loadErrors,
            ["loadErrorRatio"] = Ratio(loadErrors, loads),
            ["batchInvokeCount"] = statistics.BatchInvocations,
            ["batchLoadCount"] = statistics.BatchedKeys,
            ["batchLoadRatio"] = Ratio(statistics.BatchedKeys, loads),
            ["batchLoadExceptionCount"] = statistics.FailedBatches,
            ["batchLoadExceptionRatio"] = Ratio(statistics.FailedBatches, loads),
            ["cacheHitCount"] = statistics.CacheHits,
            ["cacheHitRatio"] = Ratio(statistics.CacheHits, loads),
        };
    }

    // A JsonElement so the response keeps Java's double text ("0.0", not the JavaScript "0" the engine writes for a double).
    private static object? Ratio(long count, long loads) =>
        RelaxedJsonResult.From(new BsonDouble(loads == 0 ? 0.0 : (double)count / loads));
}
