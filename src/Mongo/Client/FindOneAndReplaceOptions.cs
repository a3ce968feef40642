using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>findOneAndReplace options (CRUD spec, "Find And Modify": FindOneAndReplaceOptions).</summary>
public sealed record FindOneAndReplaceOptions
{
    public ReturnDocument ReturnDocument { get; init; } = ReturnDocument.Before;

    public BsonDocument? Projection { get; init; }

    public BsonDocument? Sort { get; init; }

    public bool? Upsert { get; init; }

    public BsonDocument? Collation { get; init; }

    public BsonValue? Hint { get; init; }

    public BsonDocument? Let { get; init; }

    public bool? BypassDocumentValidation { get; init; }

    public BsonValue? Comment { get; init; }

    public TimeSpan? MaxTime { get; init; }
}
