using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>Inserts one document; an _id is generated when it has none.</summary>
public sealed record InsertOneModel(BsonDocument Document) : WriteModel
{
    internal override WriteCommandKind Kind => WriteCommandKind.Insert;
}
