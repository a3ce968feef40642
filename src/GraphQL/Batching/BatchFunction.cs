namespace Serverless.GraphQL.Batching;

/// <summary>
/// The user's batch function, normalised to "one result per key, in key order". Each shape a caller may
/// supply (aligned values, aligned per-key results, a dictionary) is one subclass, so the loader never
/// branches on the shape.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
internal abstract class BatchFunction<TKey, TValue>
    where TKey : notnull
{
    /// <summary>Calls the user's function; throws when it fails or breaks its contract (which fails the whole batch).</summary>
    public abstract ValueTask<IReadOnlyList<BatchResult<TValue>>> InvokeAsync(
        IReadOnlyList<TKey> keys, string loaderName, CancellationToken cancellationToken);

    protected static void EnsureAligned(int resultCount, int keyCount, string loaderName)
    {
        if (resultCount != keyCount)
        {
            throw new DataLoaderException(
                $"The batch function of DataLoader '{loaderName}' returned {resultCount} results for {keyCount} keys; "
                + "results must be aligned with the keys (one per key, same order).");
        }
    }

    protected static DataLoaderException NullResults(string loaderName) =>
        new($"The batch function of DataLoader '{loaderName}' returned null instead of its results.");
}
