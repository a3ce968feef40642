using System.Text.Json;
using System.Text.Json.Nodes;

namespace Serverless.Conformance.Tests.Cats;

/// <summary>
/// A cats <c>test-data</c> map turned into the executor's value model (dictionaries, <c>object?[]</c>, strings, numbers,
/// booleans). <c>{$ref: name}</c> points at another top-level entry; top-level objects are allocated first so that
/// references may form cycles (cats README).
/// </summary>
public sealed class CatsTestData
{
    private readonly Dictionary<string, object?> _entries = new(StringComparer.Ordinal);

    public CatsTestData(JsonObject testData)
    {
        ArgumentNullException.ThrowIfNull(testData);
        foreach (var (name, value) in testData)
        {
            if (value is JsonObject && !IsReference(value))
            {
                _entries[name] = new Dictionary<string, object?>(StringComparer.Ordinal);
            }
        }

        foreach (var (name, value) in testData)
        {
            if (_entries.GetValueOrDefault(name) is Dictionary<string, object?> target && value is JsonObject source)
            {
                foreach (var (key, member) in source)
                {
                    target[key] = Convert(member);
                }
            }
            else if (!_entries.ContainsKey(name))
            {
                _entries[name] = Convert(value);
            }
        }
    }

    /// <summary>The named top-level entry.</summary>
    public object? Get(string name) =>
        _entries.TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"cats test data has no entry \"{name}\"");

    private static bool IsReference(JsonNode? node) => node is JsonObject { Count: 1 } map && map.ContainsKey("$ref");

    private object? Convert(JsonNode? node) => node switch
    {
        null => null,
        JsonObject reference when IsReference(reference) => Get(reference["$ref"]!.GetValue<string>()),
        JsonObject map => map.ToDictionary(p => p.Key, p => Convert(p.Value), StringComparer.Ordinal),
        JsonArray list => list.Select(Convert).ToArray(),
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number when value.TryGetValue<long>(out var integer) => integer,
            JsonValueKind.Number => value.GetValue<double>(),
            _ => null,
        },
        _ => throw new InvalidOperationException($"Unexpected test data node {node.ToJsonString()}"),
    };
}
