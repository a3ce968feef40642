using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>The aggregate command's options (CRUD spec, "Aggregate": AggregateOptions).</summary>
public sealed record AggregateOptions
{
    public bool? AllowDiskUse { get; init; }

    /// <summary>Documents per batch; 0 is sent as is (an empty first batch), null leaves it to the server.</summary>
    public int? BatchSize { get; init; }

    public BsonDocument? Collation { get; init; }

    /// <summary>An index name (string) or key pattern (document).</summary>
    public BsonValue? Hint { get; init; }

    public BsonDocument? Let { get; init; }

    public BsonValue? Comment { get; init; }

    /// <summary>For pipelines ending in $out or $merge.</summary>
    public bool? BypassDocumentValidation { get; init; }

    public TimeSpan? MaxTime { get; init; }
}
