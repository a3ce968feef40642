using System.Globalization;
using System.Numerics;

namespace Serverless.GraphQL.Types;

/// <summary>Reads .NET numeric values uniformly, so the built-in scalars accept any CLR number a host or JSON reader produces.</summary>
internal static class NumericValue
{
    /// <summary>The value as an exact integer if it is an integral CLR type, or a floating value without a fraction.</summary>
    public static bool TryGetInteger(object value, out BigInteger integer)
    {
        switch (value)
        {
            case int i: integer = i; return true;
            case long l: integer = l; return true;
            case short s: integer = s; return true;
            case byte b: integer = b; return true;
            case sbyte sb: integer = sb; return true;
            case ushort us: integer = us; return true;
            case uint ui: integer = ui; return true;
            case ulong ul: integer = ul; return true;
            case BigInteger bi: integer = bi; return true;
            case decimal m when decimal.Truncate(m) == m: integer = new BigInteger(m); return true;
            case double d when double.IsFinite(d) && Math.Truncate(d) == d: integer = new BigInteger(d); return true;
            case float f when float.IsFinite(f) && MathF.Truncate(f) == f: integer = new BigInteger(f); return true;
            default: integer = default; return false;
        }
    }

    /// <summary>Whether the value is any CLR number, and its closest double.</summary>
    public static bool TryGetDouble(object value, out double number)
    {
        switch (value)
        {
            case double d: number = d; return true;
            case float f: number = f; return true;
            case decimal m: number = (double)m; return true;
            default:
                if (TryGetInteger(value, out var integer))
                {
                    number = (double)integer;
                    return true;
                }

                number = 0;
                return false;
        }
    }

    /// <summary>Parses a numeric string the way JavaScript's <c>Number(string)</c> accepts decimal text.</summary>
    public static bool TryParse(string text, out double number) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out number) && text.Trim().Length > 0;

    public static bool IsInt32(BigInteger value) => value >= int.MinValue && value <= int.MaxValue;

    /// <summary>
    /// Formats a finite double as JavaScript's <c>String(number)</c> (ECMA-262 Number::toString), which graphql-js messages,
    /// String/ID serialization and JSON.stringify show: plain digits from 1e-7 to 1e21 (<c>100000000000000000000</c>,
    /// <c>0.000001</c>), exponents as <c>1e+21</c> / <c>1e-7</c>, and <c>0</c> for -0. .NET's shortest round-trip text
    /// gives the digits; only their layout differs (<c>1E+20</c>, <c>1E-06</c>, <c>-0</c>).
    /// </summary>
    public static string Format(double value)
    {
        if (value == 0 || !double.IsFinite(value))
        {
            return value == 0 ? "0" : value.ToString(CultureInfo.InvariantCulture);
        }

        var shortest = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var exponentAt = shortest.IndexOf('E', StringComparison.Ordinal);
        var mantissa = exponentAt < 0 ? shortest : shortest[..exponentAt];
        var exponent = exponentAt < 0 ? 0 : int.Parse(shortest.AsSpan(exponentAt + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var allDigits = point < 0 ? mantissa : mantissa.Remove(point, 1);
        var leadingZeros = allDigits.Length - allDigits.TrimStart('0').Length;
        var digits = allDigits.Trim('0');

        // The spec's k (digit count) and n (decimal point position relative to the first digit).
        var k = digits.Length;
        var n = (point < 0 ? mantissa.Length : point) - leadingZeros + exponent;
        var sign = value < 0 ? "-" : string.Empty;
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
        return sign + digits[..1] + (k > 1 ? "." + digits[1..] : string.Empty) + "e" + (e < 0 ? "-" : "+") + Math.Abs(e).ToString(CultureInfo.InvariantCulture);
    }
}
