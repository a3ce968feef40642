using Serverless.GraphQL.Language;
using Serverless.GraphQL.Validation;

namespace Serverless.GraphQL.Documents;

/// <summary>Bounds and parse/validation settings of a <see cref="DocumentCache"/>; fixed for the cache's lifetime.</summary>
public sealed class DocumentCacheOptions
{
    private readonly int _maxEntries = 1000;
    private readonly long _maxTotalQueryBytes = 16L * 1024 * 1024;

    public static DocumentCacheOptions Default { get; } = new();

    /// <summary>How many documents are kept; the least recently used is evicted beyond it (at least 1).</summary>
    public int MaxEntries
    {
        get => _maxEntries;
        init => _maxEntries = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "must be at least 1");
    }

    /// <summary>
    /// Cap on the UTF-8 size of all cached query texts together; least recently used documents are evicted beyond it.
    /// A single query larger than the cap is answered but not kept.
    /// </summary>
    public long MaxTotalQueryBytes
    {
        get => _maxTotalQueryBytes;
        init => _maxTotalQueryBytes = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "must be at least 1");
    }

    /// <summary>Parser limits applied to every query (a breach is a cached syntax error).</summary>
    public ParserOptions Parser { get; init; } = ParserOptions.Default;

    /// <summary>Validation settings applied to every query.</summary>
    public ValidationOptions Validation { get; init; } = ValidationOptions.Default;
}
