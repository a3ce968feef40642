using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation.Expressions;

/// <summary>
/// $abs, $ceil, $floor, $round, $trunc, $pow, $sqrt, $exp, $ln, $log10, $log (manual "Arithmetic
/// Expression Operators"): null or missing gives null; integers keep their type where the result is integral.
/// </summary>
internal static class MathOperators
{
    public static void Register(OperatorTable table)
    {
        table.Function("$abs", 1, 1, v => Unary("$abs", v[0], Math.Abs, Math.Abs, Math.Abs));
        table.Function("$ceil", 1, 1, v => Unary("$ceil", v[0], x => x, Math.Ceiling, Math.Ceiling));
        table.Function("$floor", 1, 1, v => Unary("$floor", v[0], x => x, Math.Floor, Math.Floor));
        table.Function("$sqrt", 1, 1, v => Real("$sqrt", v[0], x => x >= 0, Math.Sqrt, "$sqrt's argument must be greater than or equal to 0", 28714));
        table.Function("$exp", 1, 1, v => Real("$exp", v[0], _ => true, Math.Exp, string.Empty, 28765));
        table.Function("$ln", 1, 1, v => Real("$ln", v[0], x => x > 0, Math.Log, "$ln's argument must be a positive number", 28766));
        table.Function("$log10", 1, 1, v => Real("$log10", v[0], x => x > 0, Math.Log10, "$log10's argument must be a positive number", 28761));
        table.Function("$log", 2, 2, Log);
        table.Function("$pow", 2, 2, Pow);
        table.Function("$round", 1, 2, v => Place("$round", v, MidpointRounding.ToEven));
        table.Function("$trunc", 1, 2, v => Place("$trunc", v, MidpointRounding.ToZero));
        table.Special("$rand", ParseRand);
    }

    private static BsonValue? Unary(string name, BsonValue? value, Func<long, long> integral, Func<double, double> floating, Func<decimal, decimal> exact)
    {
        switch (value)
        {
            case null or BsonNull or BsonUndefined:
                return BsonNull.Value;
            case BsonInt32 i:
                return Numbers.Integral(integral(i.Value));
            case BsonInt64 l:
                return l.Value == long.MinValue && name == "$abs"
                    ? throw AggregationErrors.Location(28680, "can't take $abs of long long min")
                    : new BsonInt64(integral(l.Value));
            case BsonDouble d:
                return new BsonDouble(floating(d.Value));
            case BsonDecimal128:
                return Numbers.FromDecimal(exact(Numbers.ToDecimal(value)));
            default:
                throw AggregationErrors.Location(28765, $"{name} only supports numeric types, not {TypeNames.Of(value)}");
        }
    }

    private static BsonValue? Real(string name, BsonValue? value, Func<double, bool> domain, Func<double, double> function, string domainError, int code)
    {
        if (TypeNames.IsNullish(value))
        {
            return BsonNull.Value;
        }

        if (!Numbers.IsNumber(value))
        {
            throw AggregationErrors.Location(28765, $"{name} only supports numeric types, not {TypeNames.Of(value)}");
        }

        var x = Numbers.ToDouble(value!);
        if (!double.IsNaN(x) && !domain(x))
        {
            throw AggregationErrors.Location(code, domainError);
        }

        var result = function(x);
        return value is BsonDecimal128 ? new BsonDecimal128(Decimal128.FromDouble(result)) : new BsonDouble(result);
    }

    private static BsonValue? Log(BsonValue?[] values)
    {
        if (TypeNames.IsNullish(values[0]) || TypeNames.IsNullish(values[1]))
        {
            return BsonNull.Value;
        }

        if (!Numbers.IsNumber(values[0]) || !Numbers.IsNumber(values[1]))
        {
            throw AggregationErrors.Location(28756, $"$log's argument must be numeric, not {TypeNames.Of(Numbers.IsNumber(values[0]) ? values[1] : values[0])}");
        }

        var (x, b) = (Numbers.ToDouble(values[0]!), Numbers.ToDouble(values[1]!));
        if (x <= 0)
        {
            throw AggregationErrors.Location(28758, "$log's argument must be a positive number");
        }

        return b <= 0 || b == 1
            ? throw AggregationErrors.Location(28759, "$log's base must be a positive number not equal to 1")
            : new BsonDouble(Math.Log(x) / Math.Log(b));
    }

    // Manual "$pow": integer base and non-negative integer exponent stay integral while the result fits.
    private static BsonValue? Pow(BsonValue?[] values)
    {
        var (x, y) = (values[0], values[1]);
        if (TypeNames.IsNullish(x) || TypeNames.IsNullish(y))
        {
            return BsonNull.Value;
        }

        if (!Numbers.IsNumber(x) || !Numbers.IsNumber(y))
        {
            throw AggregationErrors.Location(28762, $"$pow's base and exponent must be numeric, not {TypeNames.Of(x)} and {TypeNames.Of(y)}");
        }

        var (b, e) = (Numbers.ToDouble(x!), Numbers.ToDouble(y!));
        if (b == 0 && e < 0)
        {
            throw AggregationErrors.Location(28764, "$pow cannot take a base of 0 and a negative exponent");
        }

        if (x is BsonDecimal128 || y is BsonDecimal128)
        {
            return new BsonDecimal128(Decimal128.FromDouble(Math.Pow(b, e)));
        }

        var result = Math.Pow(b, e);
        if (x is BsonDouble || y is BsonDouble || e < 0 || Math.Abs(result) >= 9.2e18)
        {
            return new BsonDouble(result);
        }

        var exact = (long)result;
        return x is BsonInt64 || y is BsonInt64 ? new BsonInt64(exact) : Numbers.Integral(exact);
    }

    private static BsonValue? Place(string name, BsonValue?[] values, MidpointRounding mode)
    {
        var value = values[0];
        var placeValue = values.Length > 1 ? values[1] : new BsonInt32(0);
        if (TypeNames.IsNullish(value) || TypeNames.IsNullish(placeValue))
        {
            return BsonNull.Value;
        }

        if (!Numbers.IsNumber(value))
        {
            throw AggregationErrors.Location(51081, $"{name} only supports numeric types, not {TypeNames.Of(value)}");
        }

        if (!Numbers.IsNumber(placeValue) || Numbers.ToDouble(placeValue!) is var p && (p != Math.Floor(p) || p < -20 || p >= 100))
        {
            throw AggregationErrors.Location(51083, $"Cannot apply {name} with precision value {placeValue} value must be in [-20, 100]");
        }

        var place = (int)Numbers.ToDouble(placeValue!);
        return value switch
        {
            BsonDouble d => new BsonDouble(RoundDouble(d.Value, place, mode)),
            BsonDecimal128 => Numbers.FromDecimal(RoundDecimal(Numbers.ToDecimal(value), place, mode)),
            BsonInt32 i => place >= 0 ? i : Numbers.Integral((long)RoundDecimal(i.Value, place, mode)),
            _ => place >= 0 ? value! : new BsonInt64((long)RoundDecimal(((BsonInt64)value!).Value, place, mode)),
        };
    }

    private static double RoundDouble(double value, int place, MidpointRounding mode)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return value;
        }

        // Decimal keeps halves exact (2.675 rounds as written) where the magnitude allows it.
        return Math.Abs(value) < 7.9e27 && place <= 28
            ? (double)RoundDecimal((decimal)value, place, mode)
            : value;
    }

    private static decimal RoundDecimal(decimal value, int place, MidpointRounding mode)
    {
        if (place >= 0)
        {
            return Math.Round(value, Math.Min(place, 28), mode);
        }

        var scale = (decimal)Math.Pow(10, -place);
        return Math.Round(value / scale, 0, mode) * scale;
    }

    // Manual "$rand": {$rand: {}} is a fresh double in [0, 1) at each evaluation; it takes no arguments.
    private static DelegateExpression ParseRand(BsonValue argument) =>
        argument is BsonDocument { Count: 0 }
            ? new DelegateExpression((_, _) => Random.Shared.NextDouble())
            : throw AggregationErrors.Location(10065, $"invalid parameter: expected an object ($rand), got {argument}");
}
