using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>Deletes the first matching document.</summary>
public sealed record DeleteOneModel(BsonDocument Filter) : WriteModel
{
    public BsonDocument? Collation { get; init; }

    public BsonValue? Hint { get; init; }

    internal override WriteCommandKind Kind => WriteCommandKind.Delete;
}
