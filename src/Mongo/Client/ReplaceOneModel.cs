using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>Replaces the first matching document with <see cref="Replacement"/> (which holds no update operators).</summary>
public sealed record ReplaceOneModel(BsonDocument Filter, BsonDocument Replacement) : WriteModel
{
    public BsonDocument? Collation { get; init; }

    public BsonValue? Hint { get; init; }

    public bool? Upsert { get; init; }

    /// <summary>Which document is replaced when several match (server 8.0+).</summary>
    public BsonDocument? Sort { get; init; }

    internal override WriteCommandKind Kind => WriteCommandKind.Update;
}
