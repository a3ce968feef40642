using Serverless.Core.Interpolation;

namespace Serverless.Core.Resolution;

/// <summary>
/// Loader key equality of query mappings: BSON equality of <see cref="InterpolatedQuery.ToKey"/> (§9.3 [REC]:
/// canonical keys instead of RESTHeart's hashCode strings, which can collide).
/// </summary>
internal sealed class QueryKeyComparer : IEqualityComparer<InterpolatedQuery>
{
    public static QueryKeyComparer Instance { get; } = new();

    public bool Equals(InterpolatedQuery? x, InterpolatedQuery? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && x.ToKey().Equals(y.ToKey()));

    public int GetHashCode(InterpolatedQuery obj) => obj.ToKey().GetHashCode();
}
