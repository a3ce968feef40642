namespace Serverless.GraphQL.Batching;

/// <summary>
/// A batch function that returns values by key (the natural shape of a MongoDB <c>$in</c> query, whose
/// documents come back in any order). A key missing from the dictionary fails that key alone; lookups use
/// the returned dictionary's own comparer.
/// </summary>
internal sealed class DictionaryBatchFunction<TKey, TValue>(
    Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> function)
    : BatchFunction<TKey, TValue>
    where TKey : notnull
{
    public override async ValueTask<IReadOnlyList<BatchResult<TValue>>> InvokeAsync(
        IReadOnlyList<TKey> keys, string loaderName, CancellationToken cancellationToken)
    {
        var values = await function(keys, cancellationToken).ConfigureAwait(false) ?? throw NullResults(loaderName);
        var results = new BatchResult<TValue>[keys.Count];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = values.TryGetValue(keys[i], out var value)
                ? BatchResult.Success(value)
                : BatchResult.Failure<TValue>(new KeyNotFoundException(
                    $"The batch function of DataLoader '{loaderName}' returned no value for key '{keys[i]}'."));
        }

        return results;
    }
}
