using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Query;

/// <summary>What a projection does to the value at one path.</summary>
internal abstract class ProjectionLeaf
{
    /// <summary>True for inclusions, false for exclusions, null for $slice (which fits either mode).</summary>
    public abstract bool? IsInclusion { get; }

    /// <summary>The projected value, or null to leave the field out.</summary>
    public abstract BsonValue? Apply(BsonValue value, BsonDocument root, QueryFilter? filter);
}

internal sealed class IncludeLeaf : ProjectionLeaf
{
    public override bool? IsInclusion => true;

    public override BsonValue? Apply(BsonValue value, BsonDocument root, QueryFilter? filter) => value;
}

internal sealed class ExcludeLeaf : ProjectionLeaf
{
    public override bool? IsInclusion => false;

    public override BsonValue? Apply(BsonValue value, BsonDocument root, QueryFilter? filter) => null;
}

/// <summary>
/// $slice (manual "$slice (projection)"): n first elements, -n last ones, or [skip, limit]; a negative skip
/// counts from the end. Non-array values are returned unchanged.
/// </summary>
internal sealed class SliceLeaf(int skip, int limit) : ProjectionLeaf
{
    public override bool? IsInclusion => null;

    public static SliceLeaf FromCount(int count) => count >= 0 ? new SliceLeaf(0, count) : new SliceLeaf(count, -count);

    public override BsonValue? Apply(BsonValue value, BsonDocument root, QueryFilter? filter)
    {
        if (value is not BsonArray array)
        {
            return value;
        }

        var start = skip < 0 ? Math.Max(0, array.Count + skip) : Math.Min(skip, array.Count);
        var count = Math.Min(limit, array.Count - start);
        return new BsonArray(array.Skip(start).Take(count));
    }
}

/// <summary>$elemMatch (manual "$elemMatch (projection)"): only the first element matching the condition.</summary>
internal sealed class ElemMatchLeaf(Matcher condition) : ProjectionLeaf
{
    public override bool? IsInclusion => true;

    public override BsonValue? Apply(BsonValue value, BsonDocument root, QueryFilter? filter)
    {
        if (value is not BsonArray array)
        {
            return null;
        }

        var first = array.FirstOrDefault(e => e is BsonDocument d && condition.Matches(d));
        return first is null ? null : new BsonArray(first);
    }
}

/// <summary>
/// Positional <c>$</c> (manual "$ (projection)"): the first element of the array that the query matched.
/// </summary>
internal sealed class PositionalLeaf(BsonPath arrayPath) : ProjectionLeaf
{
    public override bool? IsInclusion => true;

    public override BsonValue? Apply(BsonValue value, BsonDocument root, QueryFilter? filter)
    {
        if (value is not BsonArray array)
        {
            return value;
        }

        // Server error 51246 (projection_executor positional).
        var index = filter?.FindMatchedArrayIndex(root, arrayPath)
            ?? throw QueryErrors.Location(51246, "Executor error during find command :: caused by :: positional operator '.$' couldn't find a matching element in the array");
        return new BsonArray(array[index]);
    }
}
