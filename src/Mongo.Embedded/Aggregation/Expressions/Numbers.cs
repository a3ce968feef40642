using System.Globalization;
using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation.Expressions;

/// <summary>
/// Numeric arithmetic with the server's result types (manual "$add", "$multiply"): int op int is an int
/// unless it overflows (then long), long overflowing becomes double, any double makes a double, and any
/// decimal makes a decimal. Decimal arithmetic runs in System.Decimal (28 significant digits).
/// </summary>
internal static class Numbers
{
    public static bool IsNumber(BsonValue? value) => value is BsonInt32 or BsonInt64 or BsonDouble or BsonDecimal128;

    public static double ToDouble(BsonValue value) => value switch
    {
        BsonInt32 i => i.Value,
        BsonInt64 l => l.Value,
        BsonDouble d => d.Value,
        BsonDecimal128 m => m.Value.ToDouble(),
        _ => throw new ArgumentException($"not a number: {value}", nameof(value)),
    };

    public static decimal ToDecimal(BsonValue value)
    {
        switch (value)
        {
            case BsonInt32 i:
                return i.Value;
            case BsonInt64 l:
                return l.Value;
            case BsonDouble d:
                return (decimal)d.Value;
            case BsonDecimal128 m:
                if (m.Value.IsNaN || m.Value.IsInfinity
                    || !decimal.TryParse(m.Value.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
                {
                    throw AggregationErrors.NotImplemented($"arithmetic on the decimal {m.Value}");
                }

                return parsed;
            default:
                throw new ArgumentException($"not a number: {value}", nameof(value));
        }
    }

    public static BsonValue FromDecimal(decimal value) =>
        new BsonDecimal128(Decimal128.Parse(value.ToString(CultureInfo.InvariantCulture)));

    /// <summary>An integral result as int when it fits, else long.</summary>
    public static BsonValue Integral(long value) =>
        value is >= int.MinValue and <= int.MaxValue ? new BsonInt32((int)value) : new BsonInt64(value);

    public static BsonValue Add(BsonValue left, BsonValue right) =>
        Combine(left, right, (a, b) => checked(a + b), (a, b) => a + b, (a, b) => a + b);

    public static BsonValue Subtract(BsonValue left, BsonValue right) =>
        Combine(left, right, (a, b) => checked(a - b), (a, b) => a - b, (a, b) => a - b);

    public static BsonValue Multiply(BsonValue left, BsonValue right) =>
        Combine(left, right, (a, b) => checked(a * b), (a, b) => a * b, (a, b) => a * b);

    /// <summary>
    /// Applies an operation at the widest type of the two operands; <paramref name="integral"/> must be
    /// checked, so an overflowing long result is recomputed as a double.
    /// </summary>
    public static BsonValue Combine(
        BsonValue left,
        BsonValue right,
        Func<long, long, long> integral,
        Func<double, double, double> floating,
        Func<decimal, decimal, decimal> exact)
    {
        if (left is BsonDecimal128 || right is BsonDecimal128)
        {
            return FromDecimal(exact(ToDecimal(left), ToDecimal(right)));
        }

        if (left is BsonDouble || right is BsonDouble)
        {
            return new BsonDouble(floating(ToDouble(left), ToDouble(right)));
        }

        var a = left is BsonInt32 i ? i.Value : ((BsonInt64)left).Value;
        var b = right is BsonInt32 j ? j.Value : ((BsonInt64)right).Value;
        var anyLong = left is BsonInt64 || right is BsonInt64;
        try
        {
            var result = integral(a, b);
            return anyLong ? new BsonInt64(result) : Integral(result);
        }
        catch (OverflowException)
        {
            // Manual "$add": a long result that overflows is returned as a double.
            return new BsonDouble(floating(a, b));
        }
    }
}
