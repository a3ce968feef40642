namespace Serverless.GraphQL.Batching;

/// <summary>
/// How one <see cref="DataLoader{TKey, TValue}"/> batches and caches. Loaders live for one request, so the
/// cache is a per-request memo: it never outlives the response and needs no invalidation.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
public sealed record DataLoaderOptions<TKey>
    where TKey : notnull
{
    /// <summary>
    /// When true (the default) loads wait in a pending batch until the <see cref="BatchDispatcher"/> runs
    /// it; when false every load calls the batch function at once with a single key.
    /// </summary>
    public bool Batching { get; init; } = true;

    /// <summary>
    /// When true (the default) loads of equal keys within the request share one result, the key is sent to
    /// the batch function once, and later loads count as cache hits.
    /// </summary>
    public bool Caching { get; init; } = true;

    /// <summary>The most keys one batch-function call receives; null means no limit.</summary>
    public int? MaxBatchSize { get; init; }

    /// <summary>Decides which keys are equal; null means <see cref="EqualityComparer{T}.Default"/>.</summary>
    public IEqualityComparer<TKey>? KeyComparer { get; init; }

    /// <summary>A name for diagnostics and statistics (for example the mapped field "Query.users").</summary>
    public string? Name { get; init; }

    internal void Validate()
    {
        if (MaxBatchSize is { } max && max < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(MaxBatchSize), max, "MaxBatchSize must be at least 1 (or null for no limit).");
        }
    }
}
