namespace Serverless.GraphQL.Batching;

/// <summary>
/// Thread-safe counters behind <see cref="DataLoaderStatistics"/>: loads arrive from concurrent resolvers and
/// batches complete on pool threads, so every update is an interlocked add.
/// </summary>
internal sealed class StatisticsCounters
{
    private long _loads;
    private long _batchInvocations;
    private long _batchedKeys;
    private long _cacheHits;
    private long _errors;
    private long _failedBatches;
    private long _failedBatchKeys;

    public void RecordLoad() => Interlocked.Increment(ref _loads);

    public void RecordCacheHit() => Interlocked.Increment(ref _cacheHits);

    public void RecordBatch(int keyCount)
    {
        Interlocked.Increment(ref _batchInvocations);
        Interlocked.Add(ref _batchedKeys, keyCount);
    }

    public void RecordErrors(int keyCount) => Interlocked.Add(ref _errors, keyCount);

    /// <summary>A batch function call that threw: every one of its keys failed.</summary>
    public void RecordFailedBatch(int keyCount)
    {
        Interlocked.Increment(ref _failedBatches);
        Interlocked.Add(ref _failedBatchKeys, keyCount);
        RecordErrors(keyCount);
    }

    public DataLoaderStatistics Snapshot() => new(
        Interlocked.Read(ref _loads),
        Interlocked.Read(ref _batchInvocations),
        Interlocked.Read(ref _batchedKeys),
        Interlocked.Read(ref _cacheHits),
        Interlocked.Read(ref _errors),
        Interlocked.Read(ref _failedBatches),
        Interlocked.Read(ref _failedBatchKeys));
}
