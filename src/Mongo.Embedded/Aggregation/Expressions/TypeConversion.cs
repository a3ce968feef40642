using System.Globalization;
using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation.Expressions;

/// <summary>
/// The conversions behind $convert and the $toX shorthands (manual "$convert", "Converting to a ..."
/// tables). A conversion the tables do not allow, or a value out of range, fails with ConversionFailure (241).
/// </summary>
internal static class TypeConversion
{
    private static readonly Dictionary<string, Func<BsonValue, BsonValue>> Targets = new(StringComparer.Ordinal)
    {
        ["double"] = ToDouble,
        ["string"] = ToText,
        ["objectId"] = ToObjectId,
        ["bool"] = ToBool,
        ["date"] = ToDate,
        ["int"] = ToInt,
        ["long"] = ToLong,
        ["decimal"] = ToDecimal,
    };

    private static readonly Dictionary<int, string> TypeCodes = new()
    {
        [1] = "double", [2] = "string", [7] = "objectId", [8] = "bool", [9] = "date", [16] = "int", [18] = "long", [19] = "decimal",
    };

    /// <summary>The target of $convert's "to": a type name or its numeric BSON code.</summary>
    public static string TargetName(BsonValue? to)
    {
        var name = to switch
        {
            BsonString s => s.Value,
            _ when TextValues.Integer(to) is { } code && TypeCodes.TryGetValue((int)code, out var byCode) => byCode,
            _ => null,
        };
        return name is not null && Targets.ContainsKey(name)
            ? name
            : throw AggregationErrors.BadValue($"Unknown type name: {to}");
    }

    /// <summary>Converts a non-null value; the caller handles null and missing (they give null or onNull).</summary>
    public static BsonValue Convert(BsonValue value, string target) => Targets[target](value);

    private static AggregationException Unsupported(BsonValue value, string target) =>
        AggregationErrors.ConversionFailure($"Unsupported conversion from {TypeNames.Of(value)} to {target} in $convert with no onError value");

    private static AggregationException Failed(BsonValue value, string target, string why) =>
        AggregationErrors.ConversionFailure($"Failed to parse number '{value}' in $convert with no onError value: {why}");

    private static BsonValue ToDouble(BsonValue value) => value switch
    {
        BsonDouble => value,
        BsonInt32 or BsonInt64 or BsonDecimal128 => new BsonDouble(Numbers.ToDouble(value)),
        BsonBoolean b => new BsonDouble(b.Value ? 1 : 0),
        BsonDateTime d => new BsonDouble(d.MillisecondsSinceEpoch),
        BsonString s => new BsonDouble(ParseDouble(s)),
        _ => throw Unsupported(value, "double"),
    };

    private static double ParseDouble(BsonString s) => s.Value switch
    {
        "NaN" => double.NaN,
        "Infinity" or "inf" => double.PositiveInfinity,
        "-Infinity" or "-inf" => double.NegativeInfinity,
        var text when text.Length > 0 && !char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1])
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => throw Failed(s, "double", "Did not consume whole string."),
    };

    private static BsonInt32 ToInt(BsonValue value)
    {
        var result = ToLongValue(value, "int");
        return result is >= int.MinValue and <= int.MaxValue
            ? new BsonInt32((int)result)
            : throw AggregationErrors.ConversionFailure($"Conversion would overflow target type in $convert with no onError value: {value}");
    }

    private static BsonInt64 ToLong(BsonValue value) => value is BsonDateTime d
        ? new BsonInt64(d.MillisecondsSinceEpoch)
        : new BsonInt64(ToLongValue(value, "long"));

    // Manual "Converting to an Integer": fractional numbers are truncated; strings must hold a base-10 integer.
    private static long ToLongValue(BsonValue value, string target)
    {
        switch (value)
        {
            case BsonInt32 i:
                return i.Value;
            case BsonInt64 l:
                return l.Value;
            case BsonBoolean b:
                return b.Value ? 1 : 0;
            case BsonDouble or BsonDecimal128:
                var d = Math.Truncate(Numbers.ToDouble(value));
                return double.IsFinite(d) && d >= long.MinValue && d < 9.223372036854775807e18
                    ? (long)d
                    : throw AggregationErrors.ConversionFailure($"Conversion would overflow target type in $convert with no onError value: {value}");
            case BsonString s:
                return long.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed)
                    ? parsed
                    : throw Failed(s, target, "Did not consume whole string.");
            default:
                throw Unsupported(value, target);
        }
    }

    private static BsonValue ToDecimal(BsonValue value) => value switch
    {
        BsonDecimal128 => value,
        BsonInt32 i => new BsonDecimal128(Decimal128.FromInt32(i.Value)),
        BsonInt64 l => new BsonDecimal128(Decimal128.FromInt64(l.Value)),
        BsonDouble d => new BsonDecimal128(Decimal128.FromDouble(d.Value)),
        BsonBoolean b => new BsonDecimal128(Decimal128.FromInt32(b.Value ? 1 : 0)),
        BsonDateTime date => new BsonDecimal128(Decimal128.FromInt64(date.MillisecondsSinceEpoch)),
        BsonString s => Decimal128.TryParse(s.Value, out var parsed) ? new BsonDecimal128(parsed) : throw Failed(s, "decimal", "Failed to parse string to decimal"),
        _ => throw Unsupported(value, "decimal"),
    };

    // Manual "Converting to a Boolean": numbers are true unless zero; strings, dates, ObjectIds and containers are true.
    private static BsonValue ToBool(BsonValue value) => value switch
    {
        BsonBoolean => value,
        BsonInt32 or BsonInt64 or BsonDouble or BsonDecimal128 => BsonBoolean.Create(TypeNames.IsTrue(value)),
        BsonString or BsonDateTime or BsonObjectId or BsonArray or BsonDocument or BsonBinary or BsonRegularExpression or BsonTimestamp => BsonBoolean.True,
        _ => throw Unsupported(value, "bool"),
    };

    private static BsonString ToText(BsonValue value) => value switch
    {
        BsonDocument or BsonArray or BsonBinary or BsonRegularExpression or BsonMinKey or BsonMaxKey or BsonJavaScript => throw Unsupported(value, "string"),
        _ => TextValues.TryFormat(value) is { } text ? new BsonString(text) : throw Unsupported(value, "string"),
    };

    private static BsonValue ToObjectId(BsonValue value) => value switch
    {
        BsonObjectId => value,
        BsonString s when s.Value.Length == 24 && ObjectId.TryParse(s.Value, out var id) => new BsonObjectId(id),
        BsonString s => throw AggregationErrors.ConversionFailure($"Failed to parse objectId '{s.Value}' in $convert with no onError value: Invalid string length for parsing to OID, expected 24 but found {s.Value.Length}"),
        _ => throw Unsupported(value, "objectId"),
    };

    // Manual "Converting to a Date": longs and doubles are milliseconds since the epoch; ObjectIds give their timestamp.
    private static BsonValue ToDate(BsonValue value) => value switch
    {
        BsonDateTime => value,
        BsonInt64 l => new BsonDateTime(l.Value),
        BsonDouble or BsonDecimal128 when double.IsFinite(Numbers.ToDouble(value)) => new BsonDateTime((long)Math.Truncate(Numbers.ToDouble(value))),
        BsonObjectId id => new BsonDateTime(id.Value.Timestamp * 1000L),
        BsonTimestamp t => new BsonDateTime(t.Timestamp * 1000L),
        BsonString s => DateTimeOffset.TryParse(s.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? BsonDateTime.FromDateTimeOffset(parsed)
            : throw AggregationErrors.ConversionFailure($"Error parsing date string '{s.Value}' in $convert with no onError value"),
        _ => throw Unsupported(value, "date"),
    };
}
