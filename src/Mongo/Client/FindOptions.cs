using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>The find command's options (CRUD spec, "Find": FindOptions; find command reference).</summary>
public sealed record FindOptions
{
    public BsonDocument? Sort { get; init; }

    public BsonDocument? Projection { get; init; }

    public int? Skip { get; init; }

    /// <summary>At most this many documents in total; null or 0 means no limit.</summary>
    public int? Limit { get; init; }

    /// <summary>Documents per batch (first batch and each getMore).</summary>
    public int? BatchSize { get; init; }

    public BsonDocument? Collation { get; init; }

    /// <summary>An index name (string) or key pattern (document).</summary>
    public BsonValue? Hint { get; init; }

    /// <summary>Variables for $expr and pipeline expressions ($$name), server 5.0+.</summary>
    public BsonDocument? Let { get; init; }

    /// <summary>Any BSON value; the server logs it with the operation.</summary>
    public BsonValue? Comment { get; init; }

    public bool? AllowDiskUse { get; init; }

    /// <summary>Server-side time budget, sent as maxTimeMS.</summary>
    public TimeSpan? MaxTime { get; init; }

    internal void Validate()
    {
        if (Skip is < 0)
        {
            throw new ArgumentException($"Skip must not be negative, not {Skip}.");
        }

        if (Limit is < 0)
        {
            throw new ArgumentException($"Limit must not be negative, not {Limit}; single-batch finds are not supported.");
        }

        if (BatchSize is < 0)
        {
            throw new ArgumentException($"BatchSize must not be negative, not {BatchSize}.");
        }
    }
}
