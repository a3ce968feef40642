using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>
/// Updates the first matching document. <see cref="Update"/> is an update document whose keys are all
/// update operators, or an aggregation pipeline (an array of stages).
/// </summary>
public sealed record UpdateOneModel(BsonDocument Filter, BsonValue Update) : WriteModel
{
    public IReadOnlyList<BsonDocument>? ArrayFilters { get; init; }

    public BsonDocument? Collation { get; init; }

    public BsonValue? Hint { get; init; }

    public bool? Upsert { get; init; }

    /// <summary>Which document is updated when several match (server 8.0+).</summary>
    public BsonDocument? Sort { get; init; }

    internal override WriteCommandKind Kind => WriteCommandKind.Update;
}
