using System.Globalization;
using System.Text;

namespace Serverless.Bson;

/// <summary>
/// Decimal128 → string by the "to-scientific-string" algorithm that the BSON Decimal128 spec,
/// "To String Representation", copies from speleotrove.com/decimal/daconvs.html. This text is
/// also what canonical Extended JSON puts in <c>$numberDecimal</c>.
/// </summary>
internal static class Decimal128Formatter
{
    internal static string Format(Decimal128 value)
    {
        // The spec's table prints every NaN (signed, signalling, with payload) as plain "NaN".
        if (value.IsNaN)
        {
            return "NaN";
        }

        if (value.IsInfinity)
        {
            return value.IsNegative ? "-Infinity" : "Infinity";
        }

        return FormatFinite(value.GetParts());
    }

    private static string FormatFinite(Decimal128Parts parts)
    {
        // "The coefficient is first converted to a string in base ten ... with no leading zeros
        // (except if its value is zero, in which case a single 0 character is used)."
        string digits = parts.Coefficient.ToString(CultureInfo.InvariantCulture);
        int exponent = parts.Exponent;
        int adjusted = exponent + (digits.Length - 1);

        var sb = new StringBuilder(digits.Length + 48);
        if (parts.Negative)
        {
            sb.Append('-');
        }

        if (exponent > 0 || adjusted < -6)
        {
            // Exponential notation: a point after the first digit if there are more, then
            // 'E', a mandatory sign and the adjusted exponent.
            sb.Append(digits[0]);
            if (digits.Length > 1)
            {
                sb.Append('.').Append(digits, 1, digits.Length - 1);
            }

            sb.Append('E').Append(adjusted < 0 ? '-' : '+').Append(Math.Abs(adjusted).ToString(CultureInfo.InvariantCulture));
            return sb.ToString();
        }

        if (exponent == 0)
        {
            // "If the exponent is zero then no decimal point is added."
            return sb.Append(digits).ToString();
        }

        // Plain notation with -exponent digits after the point, zero-padded on the left, and a
        // conventional "0" before the point when nothing else would precede it.
        int fraction = -exponent;
        int integerDigits = digits.Length - fraction;
        if (integerDigits > 0)
        {
            sb.Append(digits, 0, integerDigits).Append('.').Append(digits, integerDigits, fraction);
        }
        else
        {
            sb.Append("0.").Append('0', -integerDigits).Append(digits);
        }

        return sb.ToString();
    }
}
