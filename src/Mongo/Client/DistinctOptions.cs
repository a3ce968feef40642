using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>The distinct command's options (CRUD spec, "Distinct": DistinctOptions).</summary>
public sealed record DistinctOptions
{
    public BsonDocument? Collation { get; init; }

    /// <summary>An index name or key pattern (server 7.1+).</summary>
    public BsonValue? Hint { get; init; }

    public BsonValue? Comment { get; init; }

    public TimeSpan? MaxTime { get; init; }
}
