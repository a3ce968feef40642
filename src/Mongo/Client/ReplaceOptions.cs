using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>replaceOne options (CRUD spec, "ReplaceOptions").</summary>
public sealed record ReplaceOptions
{
    public bool? Upsert { get; init; }

    public BsonDocument? Collation { get; init; }

    public BsonValue? Hint { get; init; }

    public BsonDocument? Let { get; init; }

    /// <summary>Which document is replaced when several match (server 8.0+).</summary>
    public BsonDocument? Sort { get; init; }

    public bool? BypassDocumentValidation { get; init; }

    public BsonValue? Comment { get; init; }
}
