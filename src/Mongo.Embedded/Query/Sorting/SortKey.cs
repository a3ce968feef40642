using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Query;

/// <summary>
/// One field of a sort. Manual "Comparison/Sort Order": an array field sorts by its smallest element in an
/// ascending sort and its largest in a descending one; an empty array sorts below null; a missing field sorts
/// as null.
/// </summary>
internal sealed class SortKey(BsonPath path, int direction)
{
    public int Compare(BsonDocument x, BsonDocument y) =>
        direction * BsonValueComparer.Instance.Compare(KeyOf(x), KeyOf(y));

    private BsonValue KeyOf(BsonDocument document)
    {
        var expansion = path.Expand(document);
        BsonValue? best = null;
        var sawEmptyArray = false;
        foreach (var candidate in expansion)
        {
            if (candidate is BsonArray array)
            {
                // The leaf array itself; its elements are candidates of their own.
                sawEmptyArray |= array.Count == 0;
                continue;
            }

            best = Better(best, candidate);
        }

        if (expansion.HasMissingBranch)
        {
            best = Better(best, BsonNull.Value);
        }

        // Undefined ranks just below null (BsonTypeOrder), which is where the manual puts the empty array.
        return best ?? (sawEmptyArray ? BsonUndefined.Value : BsonNull.Value);
    }

    private BsonValue Better(BsonValue? current, BsonValue candidate) =>
        current is null || direction * BsonValueComparer.Instance.Compare(candidate, current) < 0 ? candidate : current;
}
