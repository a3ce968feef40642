namespace Serverless.Bson;

/// <summary>
/// Int32, Int64, Double and Decimal128 compare by exact numeric value (manual "Comparison/Sort Order &gt;
/// Numeric Types"; server <c>compareElementValues</c>): 1, 1L, 1.0 and decimal 1.00 are equal, long 2^53+1 is
/// above double 2^53, NaN equals NaN and is below every other number, and −0 equals +0.
/// </summary>
/// <remarks>
/// This is the one place that looks at concrete number classes: mixed-type comparison is a closed 4×4 double
/// dispatch over sealed model types, and folding it into three cases (integer, double, decimal) here keeps
/// all of the exactness arguments side by side.
/// </remarks>
internal sealed class NumericOrder : ValueOrder
{
    private const double TwoTo63 = 9223372036854775808.0;

    // Any NaN, double or decimal, hashes to this: NaN equals NaN in this order.
    private const int NaNHash = 0x7FF8_0000;

    private NumericOrder()
    {
    }

    public static NumericOrder Instance { get; } = new();

    public override int Compare(BsonValue x, BsonValue y) => (x, y) switch
    {
        (BsonDecimal128 a, _) => CompareDecimal(a.Value, y),
        (_, BsonDecimal128 b) => -CompareDecimal(b.Value, x),
        (BsonDouble a, BsonDouble b) => CompareDoubles(a.Value, b.Value),
        (BsonDouble a, _) => -CompareIntegerToDouble(IntegerOf(y), a.Value),
        (_, BsonDouble b) => CompareIntegerToDouble(IntegerOf(x), b.Value),
        _ => IntegerOf(x).CompareTo(IntegerOf(y)),
    };

    /// <summary>
    /// Equal numbers must hash alike whatever their type, so each value hashes in the narrowest form that
    /// holds it exactly: an integer in the int64 range as that long; otherwise a value a double holds exactly
    /// as that double; otherwise (only decimals get here) as its decimal with trailing zeros removed. Two
    /// equal numbers always land in the same form, because which forms hold a value exactly depends only on
    /// the value.
    /// </summary>
    public override int GetHashCode(BsonValue value) => value switch
    {
        BsonInt32 i => HashInteger(i.Value),
        BsonInt64 l => HashInteger(l.Value),
        BsonDouble d => HashDouble(d.Value),
        _ => HashDecimal(((BsonDecimal128)value).Value),
    };

    private static long IntegerOf(BsonValue value) => value is BsonInt32 i ? i.Value : ((BsonInt64)value).Value;

    private static int CompareDecimal(Decimal128 a, BsonValue other) => Math.Sign(other switch
    {
        BsonDecimal128 d => Decimal128.CompareNumeric(a, d.Value),
        BsonDouble d => Decimal128.CompareNumeric(a, d.Value),
        _ => Decimal128.CompareNumeric(a, IntegerOf(other)),
    });

    private static int CompareDoubles(double a, double b)
    {
        if (a < b)
        {
            return -1;
        }

        if (a > b)
        {
            return 1;
        }

        if (a == b)
        {
            return 0; // includes −0 == +0
        }

        // At least one NaN: NaN ties with NaN and is below everything else.
        return double.IsNaN(a) ? (double.IsNaN(b) ? 0 : -1) : 1;
    }

    /// <summary>
    /// Exact: converting the long to double would round above 2^53 (2^53+1 would equal 2^53), so the double
    /// is split into its integral part, which fits a long when |d| &lt; 2^63, and its fraction.
    /// </summary>
    private static int CompareIntegerToDouble(long a, double b)
    {
        if (double.IsNaN(b))
        {
            return 1;
        }

        if (b >= TwoTo63)
        {
            return -1;
        }

        if (b < -TwoTo63)
        {
            return 1;
        }

        // Truncating a double gives a double exactly, and here it lies in [−2^63, 2^63), so the cast is exact.
        var whole = Math.Truncate(b);
        var integral = (long)whole;
        if (a != integral)
        {
            return a < integral ? -1 : 1;
        }

        var fraction = b - whole; // exact: both operands share the binade of b
        return fraction > 0 ? -1 : fraction < 0 ? 1 : 0;
    }

    private static int HashInteger(long value) => value.GetHashCode();

    private static int HashDouble(double value)
    {
        if (double.IsNaN(value))
        {
            return NaNHash;
        }

        // −0.0 is integral and lands on long 0, matching +0.0 and int 0.
        return value >= -TwoTo63 && value < TwoTo63 && Math.Truncate(value) == value
            ? HashInteger((long)value)
            : value.GetHashCode();
    }

    private static int HashDecimal(Decimal128 value)
    {
        if (value.TryGetExactInt64(out var integer))
        {
            return HashInteger(integer); // covers every zero, whatever its sign or exponent
        }

        var nearest = value.ToDouble(); // NaN and ±Infinity map to their double twins
        if (Decimal128.CompareNumeric(value, nearest) == 0)
        {
            return HashDouble(nearest);
        }

        // No long or double equals this value, so only decimals can: hash its cohort representative.
        var parts = value.GetParts();
        var coefficient = parts.Coefficient;
        var exponent = parts.Exponent;
        while (coefficient % 10 == UInt128.Zero)
        {
            coefficient /= 10;
            exponent++;
        }

        return HashCode.Combine(parts.Negative, coefficient, exponent);
    }
}
