using System.Text.Json;

namespace Serverless.GraphQL.Types;

/// <summary>Turns <see cref="JsonElement"/> input into the neutral model described on <see cref="ValueCoercion"/>.</summary>
internal static class JsonInput
{
    public static object? ToNeutral(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var integer) ? integer : element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(ToNeutral).ToList(),
        JsonValueKind.Object => ToDictionary(element),
        _ => throw new ArgumentException($"Unsupported JSON value kind {element.ValueKind}.", nameof(element)),
    };

    private static Dictionary<string, object?> ToDictionary(JsonElement element)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            // JSON allows duplicate names; the last one wins, as in JSON.parse.
            result[property.Name] = ToNeutral(property.Value);
        }

        return result;
    }
}
