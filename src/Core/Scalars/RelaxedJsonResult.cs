using System.Text.Json;
using Serverless.Bson;

namespace Serverless.Core.Scalars;

/// <summary>
/// BSON → the engine's result model (dictionaries, lists, CLR primitives, JsonElement) whose JSON form is relaxed
/// Extended JSON with RESTHeart's date rule (§12.1): <c>{"$date": millis}</c> as a number, never ISO text.
/// </summary>
internal static class RelaxedJsonResult
{
    public static object? From(BsonValue value) => value switch
    {
        BsonNull => null,
        BsonString s => s.Value,
        BsonBoolean b => b.Value,
        BsonInt32 i => i.Value,
        BsonInt64 l => l.Value,
        BsonObjectId o => ObjectId(o),
        BsonDateTime d => DateTime(d),
        BsonDecimal128 m => Decimal128(m),
        BsonTimestamp t => Timestamp(t),
        BsonRegularExpression r => Regex(r),
        BsonDocument doc => Document(doc),
        BsonArray array => array.Select(From).ToList(),
        // Doubles (1.0 must print as 1.0, NaN as {"$numberDouble":"NaN"}) and the rare types (binary, code, min/max
        // key, ...) have no custom rule: the Extended JSON writer's relaxed form is the answer, kept verbatim.
        _ => Verbatim(value),
    };

    public static Dictionary<string, object?> ObjectId(BsonObjectId value) =>
        new(StringComparer.Ordinal) { ["$oid"] = value.Value.ToString() };

    public static Dictionary<string, object?> DateTime(BsonDateTime value) =>
        new(StringComparer.Ordinal) { ["$date"] = value.MillisecondsSinceEpoch };

    public static Dictionary<string, object?> Decimal128(BsonDecimal128 value) =>
        new(StringComparer.Ordinal) { ["$numberDecimal"] = value.Value.ToString() };

    public static Dictionary<string, object?> Timestamp(BsonTimestamp value) =>
        new(StringComparer.Ordinal)
        {
            ["$timestamp"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["t"] = (long)value.Timestamp, ["i"] = (long)value.Increment },
        };

    public static Dictionary<string, object?> Regex(BsonRegularExpression value) =>
        new(StringComparer.Ordinal)
        {
            // Extended JSON v2 writes the options sorted alphabetically.
            ["$regularExpression"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["pattern"] = value.Pattern, ["options"] = value.SortedOptions },
        };

    public static Dictionary<string, object?> Document(BsonDocument document)
    {
        var result = new Dictionary<string, object?>(document.Count, StringComparer.Ordinal);
        foreach (var element in document)
        {
            result[element.Name] = From(element.Value);
        }

        return result;
    }

    private static JsonElement Verbatim(BsonValue value)
    {
        using var json = JsonDocument.Parse(ExtendedJson.Serialize(value, ExtendedJsonMode.Relaxed));
        return json.RootElement.Clone();
    }
}
