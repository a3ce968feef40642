using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Query;

/// <summary>
/// The $sort modifier of $push: 1/-1 sorts whole elements; a document such as <c>{score: -1}</c> sorts
/// embedded documents by their fields (manual "$sort (update)").
/// </summary>
internal static class PushSort
{
    public static IComparer<BsonValue> Parse(BsonValue spec)
    {
        if (NumericValues.TryGetExactInt64(spec, out var direction) && direction is 1 or -1)
        {
            return Comparer<BsonValue>.Create((x, y) => (int)direction * BsonValueComparer.Instance.Compare(x, y));
        }

        if (spec is BsonDocument { Count: > 0 } fields)
        {
            SortSpec sort;
            try
            {
                sort = SortSpec.Parse(fields);
            }
            catch (QueryException e)
            {
                throw QueryErrors.BadValue($"The $sort is invalid: use 1/-1 to sort the whole element, or {{field:1/-1}} to sort embedded fields ({e.Message})");
            }

            // Elements that are not documents have none of the fields, so they sort as if every key were null.
            return Comparer<BsonValue>.Create((x, y) => sort.Compare(x as BsonDocument ?? BsonDocument.Empty, y as BsonDocument ?? BsonDocument.Empty));
        }

        throw QueryErrors.BadValue("The $sort is invalid: use 1/-1 to sort the whole element, or {field:1/-1} to sort embedded fields");
    }
}
