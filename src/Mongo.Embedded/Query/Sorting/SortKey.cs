using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Query;

/// <summary>
/// One field of a sort. Manual "Comparison/Sort Order": an array field sorts by its smallest element in an
/// ascending sort and its largest in a descending one; an empty array sorts below null; a missing field sorts
/// as null.
/// </summary>
internal sealed class SortKey(BsonPath path, int direction)
{
    /// <summary>The field path, as written in the sort document.</summary>
    public string Path => path.Text;

    /// <summary>1 for ascending, -1 for descending.</summary>
    public int Direction => direction;

    public int Compare(BsonDocument x, BsonDocument y) => CompareKeys(KeyOf(x), KeyOf(y));

    /// <summary>Compares two values that <see cref="KeyOf"/> gave, in this key's direction.</summary>
    public int CompareKeys(BsonValue x, BsonValue y) => direction * BsonValueComparer.Instance.Compare(x, y);

    /// <summary>The value <paramref name="document"/> sorts by on this key.</summary>
    public BsonValue KeyOf(BsonDocument document)
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
