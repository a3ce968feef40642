using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Storage;

/// <summary>
/// Picks an index that can answer a filter by exact lookups: every field of the index must be constrained at
/// the filter's top level by an equality (<c>{a: 5}</c>, <c>{a: {$eq: 5}}</c>) or an <c>$in</c> list. The
/// index only narrows the candidates; the full filter still decides, so a plan can never change results.
/// Values whose matching does not reduce to index-key equality (arrays, regexes, null, which also matches
/// missing fields) make a field unusable.
/// </summary>
internal static class IndexPlanner
{
    public sealed record Plan(string IndexName, IReadOnlyList<BsonArray> Keys);

    public static Plan? Choose(BsonDocument filter, IReadOnlyList<IndexDescription> indexes)
    {
        Plan? best = null;
        var bestFields = 0;
        foreach (var index in indexes)
        {
            var keys = KeysFor(filter, index);
            if (keys is not null && index.Fields.Count > bestFields)
            {
                best = new Plan(index.Name, keys);
                bestFields = index.Fields.Count;
            }
        }

        return best;
    }

    private static List<BsonArray>? KeysFor(BsonDocument filter, IndexDescription index)
    {
        List<BsonValue[]> combinations = [[]];
        foreach (var field in index.Fields)
        {
            if (!filter.TryGetValue(field, out var condition) || EqualityValues(condition) is not { } values)
            {
                return null;
            }

            combinations = [.. combinations.SelectMany(prefix => values.Select(value => (BsonValue[])[.. prefix, value]))];
        }

        return [.. combinations.Select(c => new BsonArray(c))];
    }

    private static BsonArray? EqualityValues(BsonValue condition)
    {
        if (condition is BsonDocument { Count: 1 } operators && operators[0].Name.StartsWith('$'))
        {
            return operators[0] switch
            {
                { Name: "$eq", Value: var value } when IsLookupValue(value) => new BsonArray(value),
                { Name: "$in", Value: BsonArray list } when list.All(IsLookupValue) => list,
                _ => null,
            };
        }

        if (condition is BsonDocument document && document.Names.Any(n => n.StartsWith('$')))
        {
            return null;
        }

        return IsLookupValue(condition) ? new BsonArray(condition) : null;
    }

    private static bool IsLookupValue(BsonValue value) =>
        value.Type is not (BsonType.Array or BsonType.RegularExpression or BsonType.Null or BsonType.Undefined or BsonType.MinKey or BsonType.MaxKey);
}
