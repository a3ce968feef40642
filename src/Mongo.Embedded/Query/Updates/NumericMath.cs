using System.Globalization;
using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Query;

/// <summary>
/// Arithmetic for $inc and $mul with the server's type promotion (SafeNum): the result takes the "widest"
/// operand type (int &lt; long &lt; double &lt; decimal), and an int result that overflows becomes a long. A long
/// that overflows is an error, as on the server ("Failed to apply {operatorName} operations…").
/// </summary>
internal static class NumericMath
{
    /// <param name="longOverflow">What a long result that overflows becomes; by default it is computed as a double.</param>
    public static BsonValue Add(BsonValue left, BsonValue right, Func<BsonValue>? longOverflow = null) =>
        Combine(left, right, static (a, b) => checked(a + b), static (a, b) => a + b, static (a, b) => a + b, longOverflow);

    /// <param name="longOverflow">What a long result that overflows becomes; by default it is computed as a double.</param>
    public static BsonValue Multiply(BsonValue left, BsonValue right, Func<BsonValue>? longOverflow = null) =>
        Combine(left, right, static (a, b) => checked(a * b), static (a, b) => a * b, static (a, b) => a * b, longOverflow);

    /// <summary>Zero of the argument's type: what $mul leaves in a missing field (manual "$mul").</summary>
    public static BsonValue ZeroLike(BsonValue value) =>
        value switch
        {
            BsonInt32 => BsonInt32.Create(0),
            BsonInt64 => new BsonInt64(0),
            BsonDouble => new BsonDouble(0),
            _ => new BsonDecimal128(Decimal128.Zero),
        };

    private static BsonValue Combine(
        BsonValue left,
        BsonValue right,
        Func<long, long, long> longs,
        Func<double, double, double> doubles,
        Func<decimal, decimal, decimal> decimals,
        Func<BsonValue>? longOverflow)
    {
        if (left is BsonDecimal128 || right is BsonDecimal128)
        {
            try
            {
                var result = decimals(ToDecimal(left), ToDecimal(right));
                return new BsonDecimal128(Decimal128.Parse(result.ToString(CultureInfo.InvariantCulture)));
            }
            catch (OverflowException e)
            {
                throw QueryErrors.BadValue($"Decimal arithmetic on {left} and {right} is outside the range the embedded server computes exactly: {e.Message}");
            }
        }

        if (left is BsonDouble || right is BsonDouble)
        {
            return new BsonDouble(doubles(ToDouble(left), ToDouble(right)));
        }

        var a = ToInt64(left);
        var b = ToInt64(right);
        if (left is BsonInt32 && right is BsonInt32)
        {
            // Two ints cannot overflow a long, so this cannot throw.
            var wide = longs(a, b);
            return wide is >= int.MinValue and <= int.MaxValue ? BsonInt32.Create((int)wide) : new BsonInt64(wide);
        }

        try
        {
            return new BsonInt64(longs(a, b));
        }
        catch (OverflowException)
        {
            // Aggregation arithmetic falls back to a double; $inc and $mul refuse (their callers say so).
            return longOverflow?.Invoke() ?? new BsonDouble(doubles(a, b));
        }
    }

    private static long ToInt64(BsonValue value) => value is BsonInt32 i ? i.Value : value.AsInt64;

    private static double ToDouble(BsonValue value) =>
        value switch
        {
            BsonInt32 i => i.Value,
            BsonInt64 l => l.Value,
            _ => value.AsDouble,
        };

    private static decimal ToDecimal(BsonValue value) =>
        value switch
        {
            BsonInt32 i => i.Value,
            BsonInt64 l => l.Value,
            BsonDouble d => (decimal)d.Value,
            _ => decimal.TryParse(value.AsDecimal128.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : throw new OverflowException($"{value} does not fit in a 28-digit decimal"),
        };
}
