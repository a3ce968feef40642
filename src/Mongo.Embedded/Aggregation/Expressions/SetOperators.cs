using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation.Expressions;

/// <summary>
/// $setUnion, $setIntersection, $setDifference, $setEquals, $setIsSubset, $anyElementTrue, $allElementsTrue
/// (manual "Set Expression Operators"): arrays are treated as sets with value equality; results that are
/// sets come out without duplicates, in first-seen order.
/// </summary>
internal static class SetOperators
{
    public static void Register(OperatorTable table)
    {
        table.Function("$setUnion", 0, int.MaxValue, v => Combine("$setUnion", v, (acc, next) => acc.UnionWith(next)));
        table.Function("$setIntersection", 0, int.MaxValue, v => Combine("$setIntersection", v, (acc, next) => acc.IntersectWith(next)));
        table.Function("$setDifference", 2, 2, v => Combine("$setDifference", v, (acc, next) => acc.ExceptWith(next)));
        table.Function("$setEquals", 2, int.MaxValue, v =>
        {
            var sets = Sets("$setEquals", v, nullGivesNull: false)!;
            return BsonBoolean.Create(sets.Skip(1).All(sets[0].SetEquals));
        });
        table.Function("$setIsSubset", 2, 2, v =>
        {
            var sets = Sets("$setIsSubset", v, nullGivesNull: false)!;
            return BsonBoolean.Create(sets[0].IsSubsetOf(sets[1]));
        });
        table.Function("$anyElementTrue", 1, 1, v => BsonBoolean.Create(Array("$anyElementTrue", v[0]).Any(TypeNames.IsTrue)));
        table.Function("$allElementsTrue", 1, 1, v => BsonBoolean.Create(Array("$allElementsTrue", v[0]).All(TypeNames.IsTrue)));
    }

    private static BsonValue Combine(string name, BsonValue?[] values, Action<HashSet<BsonValue>, HashSet<BsonValue>> step)
    {
        if (Sets(name, values, nullGivesNull: true) is not { } sets)
        {
            return BsonNull.Value;
        }

        if (sets.Count == 0)
        {
            return BsonArray.Empty;
        }

        var result = new HashSet<BsonValue>(sets[0], BsonValueComparer.Instance);
        foreach (var set in sets.Skip(1))
        {
            step(result, set);
        }

        // Keep the first-seen order of the operands rather than hash order, so results are deterministic.
        var ordered = values.OfType<BsonArray>().SelectMany(a => a).Distinct(BsonValueComparer.Instance).Where(result.Contains);
        return new BsonArray(ordered);
    }

    private static List<HashSet<BsonValue>>? Sets(string name, BsonValue?[] values, bool nullGivesNull)
    {
        var sets = new List<HashSet<BsonValue>>(values.Length);
        foreach (var value in values)
        {
            if (nullGivesNull && TypeNames.IsNullish(value))
            {
                return null;
            }

            sets.Add(value is BsonArray array
                ? new HashSet<BsonValue>(array, BsonValueComparer.Instance)
                : throw AggregationErrors.Location(17044, $"All operands of {name} must be arrays. One argument is of type: {TypeNames.Of(value)}"));
        }

        return sets;
    }

    private static BsonArray Array(string name, BsonValue? value) => value as BsonArray
        ?? throw AggregationErrors.Location(5159200, $"{name}'s argument must be an array, but is {TypeNames.Of(value)}");
}
