using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>Deletes every matching document.</summary>
public sealed record DeleteManyModel(BsonDocument Filter) : WriteModel
{
    public BsonDocument? Collation { get; init; }

    public BsonValue? Hint { get; init; }

    internal override WriteCommandKind Kind => WriteCommandKind.Delete;
}
