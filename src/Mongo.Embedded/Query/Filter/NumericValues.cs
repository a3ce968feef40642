using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Query;

/// <summary>Reading BSON numbers as integers, as $mod, $bits*, $size and $slice need.</summary>
internal static class NumericValues
{
    /// <summary>Truncates any finite number that fits in 64 bits (the $mod rule).</summary>
    public static bool TryTruncateToInt64(BsonValue value, out long result)
    {
        result = 0;
        double number;
        switch (value)
        {
            case BsonInt32 i:
                result = i.Value;
                return true;
            case BsonInt64 l:
                result = l.Value;
                return true;
            case BsonDouble d:
                number = d.Value;
                break;
            case BsonDecimal128 m:
                number = m.Value.ToDouble();
                break;
            default:
                return false;
        }

        if (!double.IsFinite(number) || number >= 9.2233720368547758E18 || number < -9.2233720368547758E18)
        {
            return false;
        }

        result = (long)Math.Truncate(number);
        return true;
    }

    /// <summary>True only for numbers with no fractional part that fit in 64 bits.</summary>
    public static bool TryGetExactInt64(BsonValue value, out long result)
    {
        if (value is BsonDecimal128 m)
        {
            return m.Value.TryGetExactInt64(out result);
        }

        return TryTruncateToInt64(value, out result) && (value is not BsonDouble d || d.Value == Math.Truncate(d.Value));
    }

    /// <summary>An exact 32-bit integer (of any numeric type), for arguments such as $size and $slice.</summary>
    public static bool TryGetExactInt32(BsonValue value, out int result)
    {
        result = 0;
        if (!TryGetExactInt64(value, out var wide) || wide is < int.MinValue or > int.MaxValue)
        {
            return false;
        }

        result = (int)wide;
        return true;
    }

    /// <summary>MongoDB truthiness for flags such as $exists and projection values.</summary>
    public static bool IsTruthy(BsonValue value) =>
        value switch
        {
            BsonBoolean b => b.Value,
            BsonInt32 i => i.Value != 0,
            BsonInt64 l => l.Value != 0,
            BsonDouble d => d.Value != 0,
            BsonDecimal128 m => !m.Value.IsZero,
            BsonNull or BsonUndefined => false,
            _ => true,
        };
}
