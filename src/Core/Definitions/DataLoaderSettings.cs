namespace Serverless.Core.Definitions;

/// <summary>
/// <c>dataLoader</c> of a query or aggregation mapping (§9.1). <see cref="MaxBatchSize"/> 0 means unlimited; it is
/// read only when <c>batching</c> is a boolean, as in RESTHeart.
/// </summary>
public sealed record DataLoaderSettings(bool Batching, bool Caching, int MaxBatchSize)
{
    public static DataLoaderSettings None { get; } = new(Batching: false, Caching: false, MaxBatchSize: 0);
}
