using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Storage;

/// <summary>
/// Picks index lookups that find a superset of what a filter matches. The index only narrows the candidates;
/// the full filter still decides, so a plan can never change results, only the work. Four shapes qualify:
/// <list type="bullet">
/// <item>Every field of an index constrained at the filter's level by an equality (<c>{a: 5}</c>,
/// <c>{a: {$eq: 5}}</c>) or an <c>$in</c> list, possibly beside other operators on the same field.</item>
/// <item>The first field of a secondary index bounded by <c>$gt</c>/<c>$gte</c> and/or <c>$lt</c>/<c>$lte</c>
/// (<c>{a: {$gte: 3.8, $lt: 4.5}}</c>): a walk over that field's keys within the bounds' type bracket
/// (<see cref="KeyRange"/>). Multikey indexes hold each array element, so an array matching through an
/// element is found through that element.</item>
/// <item>An <c>$and</c> with at least one conjunct that has a plan: every match satisfies that conjunct.</item>
/// <item>An <c>$or</c> whose every branch has a plan: the union of the branches' lookups (the server's
/// "indexed $or", manual "$or Clauses and Indexes"). One branch without a plan means a collection scan.</item>
/// </list>
/// Values whose matching does not reduce to index-key equality (arrays, regexes, null, which also matches
/// missing fields) make a field unusable; so do range bounds outside the brackets <see cref="IsRangeBound"/>
/// admits. Indexes hold binary-ordered keys, so callers skip planning when a
/// collation applies (manual "Collation and Index Use").
/// </summary>
internal static class IndexPlanner
{
    /// <summary>
    /// What one range walk counts for against exact-key lookups: it may read a whole type bracket, so an
    /// equality plan wins unless it needs this many keys.
    /// </summary>
    private const int RangeCost = 64;

    public sealed record Plan(IReadOnlyList<IndexProbe> Probes)
    {
        /// <summary>Work the plan performs, in exact-key lookups; the cheaper plan of two costs less.</summary>
        public int Cost { get; } = Probes.Sum(p => p.Keys.Count + (p.FirstFieldRange is null ? 0 : RangeCost));
    }

    public static Plan? Choose(BsonDocument filter, IReadOnlyList<IndexDescription> indexes)
    {
        // Every top-level element is a conjunct, so any one plan among them is a valid superset; take the one
        // with the least work, preferring the widest equality index on a tie.
        Plan? best = FieldEqualityPlan(filter, indexes);
        if (FieldRangePlan(filter, indexes) is { } range && (best is null || range.Cost < best.Cost))
        {
            best = range;
        }

        foreach (var element in filter)
        {
            var candidate = element switch
            {
                { Name: "$and", Value: BsonArray conjuncts } => AndPlan(conjuncts, indexes),
                { Name: "$or", Value: BsonArray branches } => OrPlan(branches, indexes),
                _ => null,
            };
            if (candidate is not null && (best is null || candidate.Cost < best.Cost))
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
            if (conjunct is BsonDocument document && Choose(document, indexes) is { } plan && (best is null || plan.Cost < best.Cost))
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

    private static Plan? FieldRangePlan(BsonDocument filter, IReadOnlyList<IndexDescription> indexes)
    {
        // The _id index is answered from the primary map, which keeps no key order to walk.
        foreach (var index in indexes)
        {
            if (!string.Equals(index.Name, IndexDescription.IdIndexName, StringComparison.Ordinal)
                && filter.TryGetValue(index.Fields[0], out var condition)
                && RangeOf(condition) is { } range)
            {
                return new Plan([new IndexProbe(index.Name, [], range)]);
            }
        }

        return null;
    }

    /// <summary>
    /// The bounds of <c>{$gt: x, $lt: y}</c> and the like. Operators on one field are a conjunction, so the
    /// first lower and first upper bound already hold every match. Null if any bound cannot drive a walk, or
    /// the two bounds lie in different brackets (nothing matches then; a scan finds that out).
    /// </summary>
    private static KeyRange? RangeOf(BsonValue condition)
    {
        if (condition is not BsonDocument document || !document.Names.Any(n => n.StartsWith('$')))
        {
            return null;
        }

        BsonValue? lower = null;
        BsonValue? upper = null;
        var lowerInclusive = false;
        var upperInclusive = false;
        foreach (var element in document)
        {
            var isLower = element.Name is "$gt" or "$gte";
            if (!isLower && element.Name is not ("$lt" or "$lte"))
            {
                continue;
            }

            if (!IsRangeBound(element.Value))
            {
                return null;
            }

            if (isLower && lower is null)
            {
                lower = element.Value;
                lowerInclusive = element.Name == "$gte";
            }
            else if (!isLower && upper is null)
            {
                upper = element.Value;
                upperInclusive = element.Name == "$lte";
            }
        }

        if ((lower is null && upper is null) || (lower is not null && upper is not null && !BsonValueComparer.ShareTypeBracket(lower.Type, upper.Type)))
        {
            return null;
        }

        return new KeyRange(lower, lowerInclusive, upper, upperInclusive);
    }

    /// <summary>
    /// Bounds whose matches are exactly the keys of their own bracket between them. Not NaN (it compares
    /// neither above nor below a number, yet sorts below them all), null ($gte: null also matches missing),
    /// MinKey/MaxKey (they compare across brackets), arrays (they also compare whole arrays), regexes, documents.
    /// </summary>
    private static bool IsRangeBound(BsonValue value) =>
        value switch
        {
            BsonDouble d => !double.IsNaN(d.Value),
            BsonDecimal128 m => !m.Value.IsNaN,
            _ => value.Type is BsonType.Int32 or BsonType.Int64 or BsonType.String or BsonType.DateTime or BsonType.ObjectId or BsonType.Boolean or BsonType.Timestamp,
        };

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
