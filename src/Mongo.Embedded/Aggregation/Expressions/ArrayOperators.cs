using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation.Expressions;

/// <summary>
/// $size, $arrayElemAt, $first, $last, $in, $concatArrays, $slice, $isArray, $reverseArray, $range,
/// $indexOfArray (manual "Array Expression Operators").
/// </summary>
internal static class ArrayOperators
{
    public static void Register(OperatorTable table)
    {
        table.Function("$size", 1, 1, v => v[0] is BsonArray a
            ? new BsonInt32(a.Count)
            : throw AggregationErrors.Location(17124, $"The argument to $size must be an array. Type of the argument was: {TypeNames.Of(v[0])}"));
        table.Function("$arrayElemAt", 2, 2, ElementAt);
        table.Function("$first", 1, 1, v => End("$first", v[0], last: false));
        table.Function("$last", 1, 1, v => End("$last", v[0], last: true));
        table.Function("$in", 2, 2, v => v[1] is BsonArray a
            ? BsonBoolean.Create(a.Any(item => ComparisonOperators.Compare(v[0], item) == 0))
            : throw AggregationErrors.Location(40081, $"$in requires an array as a second argument, found: {TypeNames.Of(v[1])}"));
        table.Function("$concatArrays", 0, int.MaxValue, ConcatArrays);
        table.Function("$slice", 2, 3, Slice);
        table.Function("$isArray", 1, 1, v => BsonBoolean.Create(v[0] is BsonArray));
        table.Function("$reverseArray", 1, 1, v => v[0] switch
        {
            null or BsonNull or BsonUndefined => BsonNull.Value,
            BsonArray a => new BsonArray(a.Reverse()),
            _ => throw AggregationErrors.Location(34435, $"The argument to $reverseArray must be an array, but was of type: {TypeNames.Of(v[0])}"),
        });
        table.Function("$range", 2, 3, Range);
        table.Function("$indexOfArray", 2, 4, IndexOfArray);
    }

    // Manual "$arrayElemAt": negative indexes count from the end; out of range is missing.
    private static BsonValue? ElementAt(BsonValue?[] values)
    {
        if (TypeNames.IsNullish(values[0]) || TypeNames.IsNullish(values[1]))
        {
            return BsonNull.Value;
        }

        var array = values[0] as BsonArray ?? throw AggregationErrors.Location(28689, $"$arrayElemAt's first argument must be an array, but is {TypeNames.Of(values[0])}");
        var index = TextValues.Integer(values[1]) is { } n && n is >= int.MinValue and <= int.MaxValue
            ? (int)n
            : throw AggregationErrors.Location(28690, $"$arrayElemAt's second argument must be a numeric value, but is {TypeNames.Of(values[1])}");
        var position = index < 0 ? array.Count + index : index;
        return position >= 0 && position < array.Count ? array[position] : null;
    }

    private static BsonValue? End(string name, BsonValue? value, bool last) => value switch
    {
        null or BsonNull or BsonUndefined => BsonNull.Value,
        BsonArray { Count: 0 } => null,
        BsonArray a => last ? a[^1] : a[0],
        _ => throw AggregationErrors.Location(28689, $"{name}'s argument must be an array, but is {TypeNames.Of(value)}"),
    };

    private static BsonValue? ConcatArrays(BsonValue?[] values)
    {
        var items = new List<BsonValue>();
        foreach (var value in values)
        {
            switch (value)
            {
                case null or BsonNull or BsonUndefined:
                    return BsonNull.Value;
                case BsonArray a:
                    items.AddRange(a);
                    break;
                default:
                    throw AggregationErrors.Location(28664, $"$concatArrays only supports arrays, not {TypeNames.Of(value)}");
            }
        }

        return new BsonArray(items);
    }

    // Manual "$slice": [array, n] takes n from the front (negative: from the back); [array, position, n].
    private static BsonValue? Slice(BsonValue?[] values)
    {
        if (values.Any(TypeNames.IsNullish))
        {
            return BsonNull.Value;
        }

        var array = values[0] as BsonArray ?? throw AggregationErrors.Location(28724, $"First argument to $slice must be an array, but is of type: {TypeNames.Of(values[0])}");
        var first = TextValues.RequireInt("$slice", "second argument", values[1], 28725);
        int start, count;
        if (values.Length == 2)
        {
            (start, count) = first >= 0 ? (0, first) : (Math.Max(0, array.Count + first), -first);
        }
        else
        {
            count = TextValues.RequireInt("$slice", "third argument", values[2], 28727);
            if (count <= 0)
            {
                throw AggregationErrors.Location(28729, $"Third argument to $slice must be positive: {count}");
            }

            start = first >= 0 ? Math.Min(first, array.Count) : Math.Max(0, array.Count + first);
        }

        return new BsonArray(array.Skip(start).Take(count));
    }

    private static BsonArray Range(BsonValue?[] values)
    {
        var start = TextValues.RequireInt("$range", "starting value", values[0], 34443);
        var end = TextValues.RequireInt("$range", "ending value", values[1], 34445);
        var step = values.Length > 2 ? TextValues.RequireInt("$range", "step value", values[2], 34447) : 1;
        if (step == 0)
        {
            throw AggregationErrors.Location(34449, "$range requires a non-zero step value");
        }

        var items = new List<BsonValue>();
        for (long i = start; step > 0 ? i < end : i > end; i += step)
        {
            items.Add(new BsonInt32((int)i));
        }

        return new BsonArray(items);
    }

    private static BsonValue? IndexOfArray(BsonValue?[] values)
    {
        if (TypeNames.IsNullish(values[0]))
        {
            return BsonNull.Value;
        }

        var array = values[0] as BsonArray ?? throw AggregationErrors.Location(40090, $"$indexOfArray requires an array as a first argument, found: {TypeNames.Of(values[0])}");
        var start = values.Length > 2 ? TextValues.RequireInt("$indexOfArray", "starting index", values[2], 40096) : 0;
        var end = values.Length > 3 ? TextValues.RequireInt("$indexOfArray", "ending index", values[3], 40096) : array.Count;
        if (start < 0 || end < 0)
        {
            throw AggregationErrors.Location(40097, "$indexOfArray requires a nonnegative start and end index");
        }

        for (var i = start; i < Math.Min(end, array.Count); i++)
        {
            if (ComparisonOperators.Compare(array[i], values[1]) == 0)
            {
                return new BsonInt32(i);
            }
        }

        return new BsonInt32(-1);
    }
}
