using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>updateOne/updateMany options (CRUD spec, "UpdateOptions").</summary>
public sealed record UpdateOptions
{
    public bool? Upsert { get; init; }

    /// <summary>Filters naming the identifiers used in $[identifier] paths.</summary>
    public IReadOnlyList<BsonDocument>? ArrayFilters { get; init; }

    public BsonDocument? Collation { get; init; }

    public BsonValue? Hint { get; init; }

    public BsonDocument? Let { get; init; }

    /// <summary>Which document updateOne changes when several match (server 8.0+); refused by updateMany.</summary>
    public BsonDocument? Sort { get; init; }

    public bool? BypassDocumentValidation { get; init; }

    public BsonValue? Comment { get; init; }
}
