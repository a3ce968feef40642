namespace Serverless.GraphQL.Batching;

/// <summary>A batch function that returns one value per key, in key order.</summary>
internal sealed class ListBatchFunction<TKey, TValue>(
    Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyList<TValue>>> function)
    : BatchFunction<TKey, TValue>
    where TKey : notnull
{
    public override async ValueTask<IReadOnlyList<BatchResult<TValue>>> InvokeAsync(
        IReadOnlyList<TKey> keys, string loaderName, CancellationToken cancellationToken)
    {
        var values = await function(keys, cancellationToken).ConfigureAwait(false) ?? throw NullResults(loaderName);
        EnsureAligned(values.Count, keys.Count, loaderName);
        var results = new BatchResult<TValue>[values.Count];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = BatchResult.Success(values[i]);
        }

        return results;
    }
}
