using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

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

    /// <summary>ECMAScript Number::toString (ECMA-262 §6.1.6.1.20) from .NET's shortest round-trip digits.</summary>
    public static string FormatNumber(double number)
    {
        if (double.IsNaN(number))
        {
            return "NaN";
        }

        if (double.IsInfinity(number))
        {
            return number > 0 ? "Infinity" : "-Infinity";
        }

        if (number == 0)
        {
            return "0";
        }

        var shortest = Math.Abs(number).ToString("R", CultureInfo.InvariantCulture);
        var exponentAt = shortest.IndexOf('E', StringComparison.Ordinal);
        var mantissa = exponentAt < 0 ? shortest : shortest[..exponentAt];
        var exponent = exponentAt < 0 ? 0 : int.Parse(shortest[(exponentAt + 1)..], CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = point < 0 ? mantissa : mantissa.Remove(point, 1);
        var integerDigits = point < 0 ? mantissa.Length : point;
        var leadingZeros = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');

        // n: position of the decimal point relative to the first significant digit (the spec's n), k: digit count.
        var n = integerDigits - leadingZeros + exponent;
        var k = digits.Length;
        var sign = number < 0 ? "-" : string.Empty;
        if (k <= n && n <= 21)
        {
            return sign + digits + new string('0', n - k);
        }

        if (0 < n && n <= 21)
        {
            return sign + digits[..n] + "." + digits[n..];
        }

        if (-6 < n && n <= 0)
        {
            return sign + "0." + new string('0', -n) + digits;
        }

        var e = n - 1;
        var exponentText = (e < 0 ? "-" : "+") + Math.Abs(e).ToString(CultureInfo.InvariantCulture);
        return sign + digits[..1] + (k > 1 ? "." + digits[1..] : string.Empty) + "e" + exponentText;
    }

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
