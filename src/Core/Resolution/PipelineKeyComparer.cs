using Serverless.Bson;

namespace Serverless.Core.Resolution;

/// <summary>Loader key equality of aggregation mappings: BSON equality of the interpolated pipelines (§9.3 [REC]).</summary>
internal sealed class PipelineKeyComparer : IEqualityComparer<IReadOnlyList<BsonDocument>>
{
    public static PipelineKeyComparer Instance { get; } = new();

    public bool Equals(IReadOnlyList<BsonDocument>? x, IReadOnlyList<BsonDocument>? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && x.SequenceEqual(y));

    public int GetHashCode(IReadOnlyList<BsonDocument> obj)
    {
        var hash = new HashCode();
        foreach (var stage in obj)
        {
            hash.Add(stage);
        }

        return hash.ToHashCode();
    }
}
