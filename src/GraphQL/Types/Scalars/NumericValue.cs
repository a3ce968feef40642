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

    /// <summary>Formats a double the way JavaScript prints numbers (integers without ".0").</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
