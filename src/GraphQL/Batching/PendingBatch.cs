namespace Serverless.GraphQL.Batching;

/// <summary>
/// Keys waiting for the next dispatch round, each with the promise its loads wait on. Filled under the owning
/// loader's lock; handed over whole when dispatched, so nothing touches it concurrently afterwards.
/// </summary>
internal sealed class PendingBatch<TKey, TValue>
    where TKey : notnull
{
    private readonly List<TKey> _keys = [];
    private readonly List<TaskCompletionSource<TValue>> _promises = [];

    public PendingBatch()
    {
    }

    private PendingBatch(List<TKey> keys, List<TaskCompletionSource<TValue>> promises)
    {
        _keys = keys;
        _promises = promises;
    }

    public int Count => _keys.Count;

    public IReadOnlyList<TKey> Keys => _keys;

    public IReadOnlyList<TaskCompletionSource<TValue>> Promises => _promises;

    public void Add(TKey key, TaskCompletionSource<TValue> promise)
    {
        _keys.Add(key);
        _promises.Add(promise);
    }

    /// <summary>Cuts the batch into consecutive parts of at most <paramref name="maxBatchSize"/> keys.</summary>
    public IReadOnlyList<PendingBatch<TKey, TValue>> Split(int? maxBatchSize)
    {
        if (maxBatchSize is not { } max || _keys.Count <= max)
        {
            return [this];
        }

        var parts = new List<PendingBatch<TKey, TValue>>((_keys.Count + max - 1) / max);
        for (var start = 0; start < _keys.Count; start += max)
        {
            var count = Math.Min(max, _keys.Count - start);
            parts.Add(new PendingBatch<TKey, TValue>(_keys.GetRange(start, count), _promises.GetRange(start, count)));
        }

        return parts;
    }
}
