using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Storage;

/// <summary>
/// Picks index lookups that find a superset of what a filter matches. The index only narrows the candidates;
/// the full filter still decides, so a plan can never change results, only the work. Three shapes qualify:
/// <list type="bullet">
/// <item>Every field of an index constrained at the filter's level by an equality (<c>{a: 5}</c>,
/// <c>{a: {$eq: 5}}</c>) or an <c>$in</c> list, possibly beside other operators on the same field.</item>
/// <item>An <c>$and</c> with at least one conjunct that has a plan: every match satisfies that conjunct.</item>
/// <item>An <c>$or</c> whose every branch has a plan: the union of the branches' lookups (the server's
/// "indexed $or", manual "$or Clauses and Indexes"). One branch without a plan means a collection scan.</item>
/// </list>
/// Values whose matching does not reduce to index-key equality (arrays, regexes, null, which also matches
/// missing fields) make a field unusable. Indexes hold binary-ordered keys, so callers skip planning when a
/// collation applies (manual "Collation and Index Use").
/// </summary>
internal static class IndexPlanner
{
    public sealed record Plan(IReadOnlyList<IndexProbe> Probes)
    {
        /// <summary>Lookups the plan performs; the cheaper plan of two has fewer.</summary>
        public int KeyCount { get; } = Probes.Sum(p => p.Keys.Count);
    }

    public static Plan? Choose(BsonDocument filter, IReadOnlyList<IndexDescription> indexes)
    {
        // Every top-level element is a conjunct, so any one plan among them is a valid superset; take the one
        // with the fewest lookups, preferring the widest equality index on a tie.
        Plan? best = FieldEqualityPlan(filter, indexes);
        foreach (var element in filter)
        {
            var candidate = element switch
            {
                { Name: "$and", Value: BsonArray conjuncts } => AndPlan(conjuncts, indexes),
                { Name: "$or", Value: BsonArray branches } => OrPlan(branches, indexes),
                _ => null,
            };
            if (candidate is not null && (best is null || candidate.KeyCount < best.KeyCount))
            {
                best = candidate;
            }
        }

        return best;
    }

    private static Plan? AndPlan(BsonArray conjuncts, IReadOnlyList<IndexDescription> indexes)
    {
        Plan? best = null;
        foreach (var conjunct in conjuncts)
        {
            if (conjunct is BsonDocument document && Choose(document, indexes) is { } plan && (best is null || plan.KeyCount < best.KeyCount))
            {
                best = plan;
            }
        }

        return best;
    }

    private static Plan? OrPlan(BsonArray branches, IReadOnlyList<IndexDescription> indexes)
    {
        if (branches.Count == 0)
        {
            return null;
        }

        var probes = new List<IndexProbe>();
        foreach (var branch in branches)
        {
            if (branch is not BsonDocument document || Choose(document, indexes) is not { } plan)
            {
                return null;
            }

            probes.AddRange(plan.Probes);
        }

        return new Plan(probes);
    }

    private static Plan? FieldEqualityPlan(BsonDocument filter, IReadOnlyList<IndexDescription> indexes)
    {
        Plan? best = null;
        var bestFields = 0;
        foreach (var index in indexes)
        {
            var keys = KeysFor(filter, index);
            if (keys is not null && index.Fields.Count > bestFields)
            {
                best = new Plan([new IndexProbe(index.Name, keys)]);
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
        if (condition is BsonDocument document && document.Names.Any(n => n.StartsWith('$')))
        {
            // Operators on one field are a conjunction ({a: {$in: [1, 2], $ne: 2}}), so the first usable
            // $eq or $in bounds the field by itself. A document mixing operators and plain names is invalid.
            foreach (var element in document)
            {
                var values = element switch
                {
                    { Name: "$eq", Value: var value } when IsLookupValue(value) => new BsonArray(value),
                    { Name: "$in", Value: BsonArray list } when list.All(IsLookupValue) => list,
                    _ => null,
                };
                if (values is not null)
                {
                    return values;
                }
            }

            return null;
        }

        return IsLookupValue(condition) ? new BsonArray(condition) : null;
    }

    private static bool IsLookupValue(BsonValue value) =>
        value.Type is not (BsonType.Array or BsonType.RegularExpression or BsonType.Null or BsonType.Undefined or BsonType.MinKey or BsonType.MaxKey);
}
