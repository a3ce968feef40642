using System.Text.Json;

namespace Serverless.Bson.Tests.Conformance;

/// <summary>
/// Compares two JSON texts as parsed structures: whitespace and string escaping do not matter (the corpus
/// writes "\u00e9" where a writer may emit "é"), but key order, duplicate keys and the exact text of every
/// number do, because Extended JSON output is specified down to "1.0" versus "1".
/// </summary>
internal static class JsonEquivalence
{
    /// <summary>Null when equivalent, otherwise the path and nature of the first difference.</summary>
    public static string? Difference(string expected, string actual)
    {
        using var expectedDocument = JsonDocument.Parse(expected);
        using var actualDocument = JsonDocument.Parse(actual);
        return Difference(expectedDocument.RootElement, actualDocument.RootElement, "$");
    }

    private static string? Difference(JsonElement expected, JsonElement actual, string path)
    {
        if (expected.ValueKind != actual.ValueKind)
        {
            return $"{path}: expected {expected.ValueKind} {expected.GetRawText()}, got {actual.ValueKind} {actual.GetRawText()}";
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var expectedProperties = expected.EnumerateObject().ToList();
                var actualProperties = actual.EnumerateObject().ToList();
                for (var i = 0; i < Math.Max(expectedProperties.Count, actualProperties.Count); i++)
                {
                    if (i >= expectedProperties.Count || i >= actualProperties.Count)
                    {
                        var missing = i >= actualProperties.Count ? $"missing key '{expectedProperties[i].Name}'" : $"extra key '{actualProperties[i].Name}'";
                        return $"{path}: {missing}";
                    }

                    if (!string.Equals(expectedProperties[i].Name, actualProperties[i].Name, StringComparison.Ordinal))
                    {
                        return $"{path}: key #{i} expected '{expectedProperties[i].Name}', got '{actualProperties[i].Name}'";
                    }

                    var inner = Difference(expectedProperties[i].Value, actualProperties[i].Value, $"{path}.{expectedProperties[i].Name}");
                    if (inner is not null)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var expectedItems = expected.EnumerateArray().ToList();
                var actualItems = actual.EnumerateArray().ToList();
                if (expectedItems.Count != actualItems.Count)
                {
                    return $"{path}: expected {expectedItems.Count} items, got {actualItems.Count}";
                }

                for (var i = 0; i < expectedItems.Count; i++)
                {
                    var inner = Difference(expectedItems[i], actualItems[i], $"{path}[{i}]");
                    if (inner is not null)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonValueKind.String:
                return string.Equals(expected.GetString(), actual.GetString(), StringComparison.Ordinal)
                    ? null
                    : $"{path}: expected {expected.GetRawText()}, got {actual.GetRawText()}";
            case JsonValueKind.Number:
                return string.Equals(expected.GetRawText(), actual.GetRawText(), StringComparison.Ordinal)
                    ? null
                    : $"{path}: expected number {expected.GetRawText()}, got {actual.GetRawText()}";
            default:
                return null; // true, false and null: equal kinds are equal values.
        }
    }
}
