using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>bulkWrite options (CRUD spec, "BulkWriteOptions").</summary>
public sealed record BulkWriteOptions
{
    /// <summary>Stop at the first failing write (the default), or attempt every write.</summary>
    public bool Ordered { get; init; } = true;

    public bool? BypassDocumentValidation { get; init; }

    /// <summary>Variables for update and delete filters and pipelines (server 5.0+).</summary>
    public BsonDocument? Let { get; init; }

    public BsonValue? Comment { get; init; }
}
