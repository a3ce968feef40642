using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>deleteOne/deleteMany options (CRUD spec, "DeleteOptions").</summary>
public sealed record DeleteOptions
{
    public BsonDocument? Collation { get; init; }

    public BsonValue? Hint { get; init; }

    public BsonDocument? Let { get; init; }

    public BsonValue? Comment { get; init; }
}
