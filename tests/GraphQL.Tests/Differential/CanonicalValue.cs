using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Tests.Differential;

/// <summary>
/// Coerced argument values as text, exactly as <c>canonical</c> in tests/Oracles/harness-schema.mjs writes them: object
/// keys sorted (ordinal), numbers as JavaScript's <c>String(number)</c> prints them (so <c>Infinity</c> shows), strings
/// JSON-quoted. The harness resolvers return it so the corpus compares argument coercion through the response data.
/// </summary>
internal static class CanonicalValue
{
    // JSON.stringify leaves non-ASCII characters as they are.
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Format(object? value)
    {
        var text = new StringBuilder();
        Write(text, value);
        return text.ToString();
    }

    /// <summary>ECMAScript Number::toString (ECMA-262 §6.1.6.1.20): the engine's formatter, plus JavaScript's names for NaN and ±Infinity.</summary>
    public static string FormatNumber(double number) =>
        double.IsNaN(number) ? "NaN"
        : double.IsInfinity(number) ? (number > 0 ? "Infinity" : "-Infinity")
        : NumericValue.Format(number);

    private static void Write(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case string s:
                text.Append(JsonSerializer.Serialize(s, Relaxed));
                break;
            case bool b:
                text.Append(b ? "true" : "false");
                break;
            case int i:
                text.Append(i.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                text.Append(FormatNumber(d));
                break;
            case IReadOnlyDictionary<string, object?> map:
                text.Append('{');
                var first = true;
                foreach (var key in map.Keys.Order(StringComparer.Ordinal))
                {
                    text.Append(first ? string.Empty : ",").Append(JsonSerializer.Serialize(key, Relaxed)).Append(':');
                    Write(text, map[key]);
                    first = false;
                }

                text.Append('}');
                break;
            case IEnumerable list:
                text.Append('[');
                var separator = string.Empty;
                foreach (var item in list)
                {
                    text.Append(separator);
                    Write(text, item);
                    separator = ",";
                }

                text.Append(']');
                break;
            default:
                throw new ArgumentException($"Unexpected coerced value of type {value.GetType()}.", nameof(value));
        }
    }
}
