using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>estimatedDocumentCount's options (CRUD spec, "Count API"): sent with the count command.</summary>
public sealed record EstimatedDocumentCountOptions
{
    public BsonValue? Comment { get; init; }

    public TimeSpan? MaxTime { get; init; }
}
