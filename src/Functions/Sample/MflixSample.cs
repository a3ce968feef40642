using Serverless.Bson;

namespace Serverless.Functions.Sample;

/// <summary>The generated sample: the documents of each sample_mflix collection the MFlix app reads.</summary>
public sealed record MflixSample(
    IReadOnlyList<BsonDocument> Movies,
    IReadOnlyList<BsonDocument> Comments,
    IReadOnlyList<BsonDocument> Users,
    IReadOnlyList<BsonDocument> Theaters)
{
    public const string Database = "sample_mflix";
}
