using System.Globalization;
using System.Text.Json;

namespace Serverless.Mongo.Embedded.Tests.Hosting;

/// <summary>
/// Compares a reported JSON value with an expectation that may leave things out: every property the expectation
/// names must be present and match (recursively); arrays must match element by element and in length; numbers
/// compare by value (8 equals 8.0). Properties the expectation does not name are ignored, so an expectation can
/// pin an error's code without pinning a message that holds a cursor id.
/// </summary>
internal static class JsonSubset
{
    /// <summary>Null when <paramref name="actual"/> satisfies <paramref name="expected"/>, else where and why not.</summary>
    public static string? Mismatch(JsonElement expected, JsonElement actual, string path = "$")
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                if (actual.ValueKind != JsonValueKind.Object)
                {
                    return $"{path}: expected an object, got {actual.GetRawText()}";
                }

                foreach (var property in expected.EnumerateObject())
                {
                    if (!actual.TryGetProperty(property.Name, out var value))
                    {
                        return $"{path}.{property.Name}: missing (expected {property.Value.GetRawText()})";
                    }

                    if (Mismatch(property.Value, value, $"{path}.{property.Name}") is { } why)
                    {
                        return why;
                    }
                }

                return null;
            case JsonValueKind.Array:
                if (actual.ValueKind != JsonValueKind.Array || actual.GetArrayLength() != expected.GetArrayLength())
                {
                    return $"{path}: expected {expected.GetRawText()}, got {actual.GetRawText()}";
                }

                return expected.EnumerateArray()
                    .Zip(actual.EnumerateArray())
                    .Select((pair, i) => Mismatch(pair.First, pair.Second, string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]")))
                    .FirstOrDefault(why => why is not null);
            case JsonValueKind.Number:
                return actual.ValueKind == JsonValueKind.Number && expected.GetDouble().Equals(actual.GetDouble())
                    ? null
                    : $"{path}: expected {expected.GetRawText()}, got {actual.GetRawText()}";
            default:
                return JsonElement.DeepEquals(expected, actual) ? null : $"{path}: expected {expected.GetRawText()}, got {actual.GetRawText()}";
        }
    }
}
