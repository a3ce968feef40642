namespace Serverless.GraphQL.Batching;

/// <summary>A batch function that returns one <see cref="BatchResult{TValue}"/> per key, so single keys can fail.</summary>
internal sealed class ResultListBatchFunction<TKey, TValue>(
    Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyList<BatchResult<TValue>>>> function)
    : BatchFunction<TKey, TValue>
    where TKey : notnull
{
    public override async ValueTask<IReadOnlyList<BatchResult<TValue>>> InvokeAsync(
        IReadOnlyList<TKey> keys, string loaderName, CancellationToken cancellationToken)
    {
        var results = await function(keys, cancellationToken).ConfigureAwait(false) ?? throw NullResults(loaderName);
        EnsureAligned(results.Count, keys.Count, loaderName);
        return results;
    }
}
