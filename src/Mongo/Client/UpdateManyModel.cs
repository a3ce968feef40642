using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>Updates every matching document; <see cref="Update"/> is an operator document or a pipeline.</summary>
public sealed record UpdateManyModel(BsonDocument Filter, BsonValue Update) : WriteModel
{
    public IReadOnlyList<BsonDocument>? ArrayFilters { get; init; }

    public BsonDocument? Collation { get; init; }

    public BsonValue? Hint { get; init; }

    public bool? Upsert { get; init; }

    internal override WriteCommandKind Kind => WriteCommandKind.Update;
}
