using System.Globalization;
using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation.Expressions;

/// <summary>Coercions between values and strings shared by the string, type and date operators.</summary>
internal static class TextValues
{
    /// <summary>A required string argument: null/missing give null (the caller returns null), other types fail.</summary>
    public static string? RequireString(string name, BsonValue? value, int code = 14) => value switch
    {
        BsonString s => s.Value,
        null or BsonNull or BsonUndefined => null,
        _ => throw (code == 14
            ? AggregationErrors.TypeMismatch($"{name} requires a string argument, found: {TypeNames.Of(value)}")
            : AggregationErrors.Location(code, $"{name} requires a string argument, found: {TypeNames.Of(value)}")),
    };

    /// <summary>
    /// The string form $toLower, $substr and $toString give a scalar (manual "$toString"): numbers in
    /// shortest round-trip form, dates in ISO-8601 with milliseconds, ObjectIds in hex; null/missing as "".
    /// </summary>
    public static string Coerce(string name, BsonValue? value) => value switch
    {
        null or BsonNull or BsonUndefined => string.Empty,
        _ => TryFormat(value) ?? throw AggregationErrors.Location(16007, $"can't convert from BSON type {TypeNames.Of(value)} to String in {name}"),
    };

    public static string? TryFormat(BsonValue value) => value switch
    {
        BsonString s => s.Value,
        BsonInt32 i => i.Value.ToString(CultureInfo.InvariantCulture),
        BsonInt64 l => l.Value.ToString(CultureInfo.InvariantCulture),
        BsonDouble d => FormatDouble(d.Value),
        BsonDecimal128 m => m.Value.ToString(),
        BsonBoolean b => b.Value ? "true" : "false",
        BsonDateTime date => date.IsRepresentableAsDateTimeOffset
            ? date.ToDateTimeOffset().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)
            : null,
        BsonObjectId id => id.Value.ToString(),
        BsonSymbol symbol => symbol.Name,
        _ => null,
    };

    public static string FormatDouble(double value) => value switch
    {
        double.NaN => "NaN",
        double.PositiveInfinity => "Infinity",
        double.NegativeInfinity => "-Infinity",
        _ => value.ToString("R", CultureInfo.InvariantCulture).Replace("E+", "e+", StringComparison.Ordinal).Replace("E-", "e-", StringComparison.Ordinal),
    };

    /// <summary>A whole-number argument (int, long, or integral double/decimal), or null when it is not one.</summary>
    public static long? Integer(BsonValue? value) => value switch
    {
        BsonInt32 i => i.Value,
        BsonInt64 l => l.Value,
        BsonDouble d when d.Value == Math.Floor(d.Value) && Math.Abs(d.Value) < 9.2e18 => (long)d.Value,
        BsonDecimal128 m when m.Value.TryGetExactInt64(out var exact) => exact,
        _ => null,
    };

    /// <summary>An integer argument that must fit in an int (positions and counts), with the operator's error.</summary>
    public static int RequireInt(string name, string what, BsonValue? value, int code) =>
        Integer(value) is { } n && n is >= int.MinValue and <= int.MaxValue
            ? (int)n
            : throw AggregationErrors.Location(code, $"{name}: {what} must be a 32-bit integer, found: {TypeNames.Of(value)} {value}");
}
