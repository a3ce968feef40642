using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>findOneAndDelete options (CRUD spec, "Find And Modify": FindOneAndDeleteOptions).</summary>
public sealed record FindOneAndDeleteOptions
{
    public BsonDocument? Projection { get; init; }

    public BsonDocument? Sort { get; init; }

    public BsonDocument? Collation { get; init; }

    public BsonValue? Hint { get; init; }

    public BsonDocument? Let { get; init; }

    public BsonValue? Comment { get; init; }

    public TimeSpan? MaxTime { get; init; }
}
