namespace Serverless.GraphQL.Batching;

/// <summary>
/// An immutable snapshot of what one DataLoader (or every loader of a dispatcher) has done so far.
/// The names map onto RESTHeart's / java-dataloader's verbose statistics: <see cref="Loads"/> is
/// loadCount, <see cref="BatchInvocations"/> batchInvokeCount, <see cref="BatchedKeys"/> batchLoadCount,
/// <see cref="CacheHits"/> cacheHitCount and <see cref="Errors"/> loadErrorCount plus the keys of failed batches.
/// </summary>
/// <param name="Loads">Calls to LoadAsync, cache hits included.</param>
/// <param name="BatchInvocations">Calls of the batch function.</param>
/// <param name="BatchedKeys">Keys passed to the batch function, summed over all calls.</param>
/// <param name="CacheHits">Loads answered by an earlier load of an equal key.</param>
/// <param name="Errors">Keys whose load failed (per-key errors and every key of a failed batch); cancellations are not errors.</param>
/// <param name="FailedBatches">Batch function calls that threw (java-dataloader's batchLoadExceptionCount: one per call).</param>
/// <param name="FailedBatchKeys">The keys of those calls, so that <c>Errors - FailedBatchKeys</c> is java-dataloader's loadErrorCount (per-key errors only).</param>
public sealed record DataLoaderStatistics(long Loads, long BatchInvocations, long BatchedKeys, long CacheHits, long Errors, long FailedBatches = 0, long FailedBatchKeys = 0)
{
    /// <summary>All counters zero.</summary>
    public static DataLoaderStatistics Empty { get; } = new(0, 0, 0, 0, 0);

    /// <summary>The counter-wise sum of two snapshots, used to aggregate the loaders of one request.</summary>
    /// <param name="other">The snapshot to add.</param>
    /// <returns>A new snapshot.</returns>
    public DataLoaderStatistics Add(DataLoaderStatistics other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new DataLoaderStatistics(
            Loads + other.Loads,
            BatchInvocations + other.BatchInvocations,
            BatchedKeys + other.BatchedKeys,
            CacheHits + other.CacheHits,
            Errors + other.Errors,
            FailedBatches + other.FailedBatches,
            FailedBatchKeys + other.FailedBatchKeys);
    }
}
