using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>insertOne/insertMany options (CRUD spec, "Insert, Update, Replace, Delete, and Bulk Writes").</summary>
public sealed record InsertOptions
{
    /// <summary>Stop at the first failing document (the default), or try every document.</summary>
    public bool Ordered { get; init; } = true;

    public bool? BypassDocumentValidation { get; init; }

    public BsonValue? Comment { get; init; }
}
