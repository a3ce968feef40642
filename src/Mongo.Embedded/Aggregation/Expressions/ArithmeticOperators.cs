using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation.Expressions;

/// <summary>
/// $add, $subtract, $multiply, $divide, $mod (manual "Arithmetic Expression Operators"): null or missing
/// operands give null; other non-numbers are a TypeMismatch (14).
/// </summary>
internal static class ArithmeticOperators
{
    public static void Register(OperatorTable table)
    {
        table.Function("$add", 0, int.MaxValue, Add);
        table.Function("$multiply", 0, int.MaxValue, Multiply);
        table.Function("$subtract", 2, 2, Subtract);
        table.Function("$divide", 2, 2, Divide);
        table.Function("$mod", 2, 2, Mod);
    }

    // Manual "$add": numbers, plus at most one date; a date result adds milliseconds.
    private static BsonValue? Add(BsonValue?[] values)
    {
        BsonValue sum = new BsonInt32(0);
        BsonDateTime? date = null;
        foreach (var value in values)
        {
            if (TypeNames.IsNullish(value))
            {
                return BsonNull.Value;
            }

            if (value is BsonDateTime d)
            {
                date = date is null ? d : throw AggregationErrors.Location(16612, "only one date allowed in an $add expression");
            }
            else if (Numbers.IsNumber(value))
            {
                sum = Numbers.Add(sum, value!);
            }
            else
            {
                throw AggregationErrors.TypeMismatch($"$add only supports numeric or date types, not {TypeNames.Of(value)}");
            }
        }

        return date is null ? sum : new BsonDateTime(date.MillisecondsSinceEpoch + RoundToMilliseconds(sum));
    }

    private static BsonValue? Multiply(BsonValue?[] values)
    {
        BsonValue product = new BsonInt32(1);
        foreach (var value in values)
        {
            if (TypeNames.IsNullish(value))
            {
                return BsonNull.Value;
            }

            product = Numbers.IsNumber(value)
                ? Numbers.Multiply(product, value!)
                : throw AggregationErrors.TypeMismatch($"$multiply only supports numeric types, not {TypeNames.Of(value)}");
        }

        return product;
    }

    // Manual "$subtract": number - number, date - number (a date), date - date (milliseconds as a long).
    private static BsonValue? Subtract(BsonValue?[] values)
    {
        var (left, right) = (values[0], values[1]);
        if (TypeNames.IsNullish(left) || TypeNames.IsNullish(right))
        {
            return BsonNull.Value;
        }

        return (left, right) switch
        {
            (BsonDateTime a, BsonDateTime b) => new BsonInt64(a.MillisecondsSinceEpoch - b.MillisecondsSinceEpoch),
            (BsonDateTime a, _) when Numbers.IsNumber(right) => new BsonDateTime(a.MillisecondsSinceEpoch - RoundToMilliseconds(right!)),
            _ when Numbers.IsNumber(left) && Numbers.IsNumber(right) => Numbers.Subtract(left!, right!),
            (BsonDateTime, _) => throw AggregationErrors.Location(16613, $"cant $subtract a {TypeNames.Of(right)} from a Date"),
            _ => throw AggregationErrors.Location(16556, $"cant $subtract a {TypeNames.Of(right)} from a {TypeNames.Of(left)}"),
        };
    }

    // Manual "$divide": the result is a double unless an operand is a decimal.
    private static BsonValue? Divide(BsonValue?[] values)
    {
        var (left, right) = (values[0], values[1]);
        if (TypeNames.IsNullish(left) || TypeNames.IsNullish(right))
        {
            return BsonNull.Value;
        }

        if (!Numbers.IsNumber(left) || !Numbers.IsNumber(right))
        {
            throw AggregationErrors.TypeMismatch($"$divide only supports numeric types, not {TypeNames.Of(left)} and {TypeNames.Of(right)}");
        }

        if (Numbers.ToDouble(right!) == 0)
        {
            throw AggregationErrors.BadValue("can't $divide by zero");
        }

        return left is BsonDecimal128 || right is BsonDecimal128
            ? Numbers.FromDecimal(Numbers.ToDecimal(left!) / Numbers.ToDecimal(right!))
            : new BsonDouble(Numbers.ToDouble(left!) / Numbers.ToDouble(right!));
    }

    private static BsonValue? Mod(BsonValue?[] values)
    {
        var (left, right) = (values[0], values[1]);
        if (TypeNames.IsNullish(left) || TypeNames.IsNullish(right))
        {
            return BsonNull.Value;
        }

        if (!Numbers.IsNumber(left) || !Numbers.IsNumber(right))
        {
            throw AggregationErrors.Location(16611, $"$mod only supports numeric types, not {TypeNames.Of(left)} and {TypeNames.Of(right)}");
        }

        if (Numbers.ToDouble(right!) == 0)
        {
            throw AggregationErrors.Location(16610, "can't $mod by 0");
        }

        return Numbers.Combine(left!, right!, (a, b) => a % b, (a, b) => a % b, (a, b) => a % b);
    }

    private static long RoundToMilliseconds(BsonValue number) => number switch
    {
        BsonInt32 i => i.Value,
        BsonInt64 l => l.Value,
        _ => (long)Math.Round(Numbers.ToDouble(number), MidpointRounding.AwayFromZero),
    };
}
