using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>countDocuments' options (CRUD spec, "Count API": CountOptions), applied to its aggregation.</summary>
public sealed record CountOptions
{
    public long? Skip { get; init; }

    public long? Limit { get; init; }

    public BsonDocument? Collation { get; init; }

    public BsonValue? Hint { get; init; }

    public BsonValue? Comment { get; init; }

    public TimeSpan? MaxTime { get; init; }
}
