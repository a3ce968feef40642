using System.Globalization;
using Serverless.Bson;
using Serverless.Core.Scalars;
using Serverless.GraphQL.Types;

namespace Serverless.Core.Resolution;

/// <summary>
/// Result coercion of BSON values for the five specified scalars (<see cref="SchemaBuildOptions.SpecifiedScalarResultAdapter"/>).
/// RESTHeart is strict (§12.1: Int needs Int32, Float needs Double); here lossless widening is allowed, as the
/// §12.1 [REC] suggests: a value converts when no information is lost, otherwise it is a field error naming the
/// expected and the actual BSON type. ID follows the §12.1 [REC] (strings as-is, ObjectId as hex, numbers as text).
/// Values that are not BSON (already CLR values) pass through to the built-in coercion unchanged.
/// </summary>
public static class SpecifiedScalarResults
{
    public static object? Adapt(ScalarType scalar, object value)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        if (value is not BsonValue bson)
        {
            return value;
        }

        if (bson.IsNull)
        {
            return null;
        }

        return scalar.Name switch
        {
            "Int" => ToInt(bson),
            "Float" => ToFloat(bson),
            "String" => bson is BsonString text ? text.Value : throw Mismatch("String", "BsonString", bson),
            "Boolean" => bson is BsonBoolean flag ? flag.Value : throw Mismatch("Boolean", "BsonBoolean", bson),
            "ID" => ToId(bson),
            _ => value,
        };
    }

    private static int ToInt(BsonValue value) => value switch
    {
        BsonInt32 int32 => int32.Value,
        BsonInt64 int64 when int64.Value is >= int.MinValue and <= int.MaxValue => (int)int64.Value,
        BsonDouble number when double.IsInteger(number.Value) && number.Value is >= int.MinValue and <= int.MaxValue => (int)number.Value,
        BsonInt64 or BsonDouble => throw new CoercionException(
            $"Int cannot represent a value of type '{value.GetType().Name}' ({value}) without loss; expected BsonInt32 or a whole number within 32 bits."),
        _ => throw Mismatch("Int", "BsonInt32", value),
    };

    private static double ToFloat(BsonValue value)
    {
        switch (value)
        {
            case BsonDouble number:
                return number.Value;
            case BsonInt32 int32:
                return int32.Value;
            case BsonInt64 int64 when IsExactDouble(int64.Value):
                return int64.Value;
            case BsonDecimal128 decimal128 when IsExactDouble(decimal128.Value, out var exact):
                return exact;
            case BsonInt64 or BsonDecimal128:
                throw new CoercionException(
                    $"Float cannot represent a value of type '{value.GetType().Name}' ({value}) without loss; expected BsonDouble or an exactly representable number.");
            default:
                throw Mismatch("Float", "BsonDouble", value);
        }
    }

    // Every integer within ±2^53 is a double; beyond, only those the double rounds back to (2^63 itself is out of range).
    private static bool IsExactDouble(long value)
    {
        var converted = (double)value;
        return value is >= -(1L << 53) and <= 1L << 53 || (converted < 9.2233720368547758E18 && (long)converted == value);
    }

    // A Decimal128 is exact as a double when converting back gives the same decimal value (e.g. 1.5, not 0.1).
    private static bool IsExactDouble(Decimal128 value, out double result)
    {
        result = value.ToDouble();
        return double.IsFinite(result) && Decimal128.CompareNumeric(value, result) == 0;
    }

    private static string ToId(BsonValue value) => value switch
    {
        BsonString text => text.Value,
        BsonObjectId id => id.Value.ToString(),
        BsonInt32 int32 => int32.Value.ToString(CultureInfo.InvariantCulture),
        BsonInt64 int64 => int64.Value.ToString(CultureInfo.InvariantCulture),
        BsonDouble number => number.Value.ToString("R", CultureInfo.InvariantCulture),
        BsonDecimal128 decimal128 => decimal128.Value.ToString(),
        _ => throw Mismatch("ID", "BsonString, BsonObjectId or a number", value),
    };

    private static CoercionException Mismatch(string scalar, string expected, BsonValue value) =>
        ScalarErrors.CannotSerialize(scalar, expected, value);
}
