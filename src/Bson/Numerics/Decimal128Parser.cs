namespace Serverless.Bson;

/// <summary>
/// String → decimal128, following the BSON Decimal128 spec, "From String Representation"
/// (specifications/source/bson-decimal128/decimal128.md), which adopts the numeric-string
/// grammar of the General Decimal Arithmetic spec (speleotrove.com/decimal/daconvs.html):
/// <code>
///   numeric-string ::= [sign] numeric-value | [sign] nan
///   numeric-value  ::= decimal-part [exponent-part] | infinity
///   decimal-part   ::= digits '.' [digits] | ['.'] digits
///   exponent-part  ::= ('e' | 'E') [sign] digits
/// </code>
/// </summary>
/// <remarks>
/// The BSON spec departs from IEEE rounding: clamping and rounding that only drop or add
/// zeros (and so keep the value exact) MUST happen silently, but anything inexact, any
/// overflow and any underflow MUST be an error. NaN payload digits and sNaN are optional
/// ("MAY") and not accepted here.
/// </remarks>
internal static class Decimal128Parser
{
    /// <summary>Why a string was rejected; turned into the <see cref="FormatException"/> message.</summary>
    internal enum Failure
    {
        None,
        Syntax,
        Inexact,
        Overflow,
        Underflow,
    }

    // The exponent digits are accumulated with saturation at this magnitude: anything this large
    // overflows or underflows for a non-zero coefficient and clamps for a zero one, so precision
    // beyond it cannot change the outcome (and a 20-digit exponent must not wrap around).
    private const long ExponentSaturation = 1_000_000_000_000L;

    internal static Failure TryParse(ReadOnlySpan<char> s, out Decimal128 value)
    {
        value = default;
        if (s.IsEmpty)
        {
            return Failure.Syntax;
        }

        bool negative = false;
        if (s[0] is '+' or '-')
        {
            negative = s[0] == '-';
            s = s[1..];
        }

        // Special names are matched case-insensitively, with an optional sign (decimal128.md).
        if (s.Equals("inf", StringComparison.OrdinalIgnoreCase) || s.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            value = negative ? Decimal128.NegativeInfinity : Decimal128.PositiveInfinity;
            return Failure.None;
        }

        if (s.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            // The sign is kept in the bits even though every NaN prints as "NaN": it costs nothing
            // and lets "-NaN" reproduce the corpus's negative-NaN bytes.
            value = negative ? Decimal128.NegativeNaN : Decimal128.NaN;
            return Failure.None;
        }

        return ParseFinite(s, negative, out value);
    }

    internal static string Describe(Failure failure, ReadOnlySpan<char> s)
    {
        string reason = failure switch
        {
            Failure.Syntax => "it is not a numeric string (expected [sign] digits [. digits] [E [sign] digits], Infinity, Inf or NaN, with no whitespace)",
            Failure.Inexact => "it has more than 34 significant digits, and rounding it would be inexact",
            Failure.Overflow => "its exponent is too large (overflow): the value is above 9.999999999999999999999999999999999E+6144 in magnitude",
            Failure.Underflow => "its exponent is too small (underflow): representing it would need inexact rounding below 1E-6176",
            _ => "it could not be parsed",
        };
        return $"'{s}' is not a valid Decimal128 string: {reason}.";
    }

    private static Failure ParseFinite(ReadOnlySpan<char> s, bool negative, out Decimal128 value)
    {
        value = default;

        // decimal-part: digits with at most one '.', at least one digit overall.
        int i = 0;
        int digitCount = 0;
        int fractionDigits = 0;
        int firstNonZero = -1; // index in s of the first significant digit
        int lastNonZero = -1; // index in s of the last non-zero digit
        bool seenPoint = false;
        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '.')
            {
                if (seenPoint)
                {
                    return Failure.Syntax;
                }

                seenPoint = true;
                continue;
            }

            if (!char.IsAsciiDigit(c))
            {
                break;
            }

            digitCount++;
            if (seenPoint)
            {
                fractionDigits++;
            }

            if (c != '0')
            {
                if (firstNonZero < 0)
                {
                    firstNonZero = i;
                }

                lastNonZero = i;
            }
        }

        if (digitCount == 0)
        {
            return Failure.Syntax;
        }

        long exponent = 0;
        if (i < s.Length)
        {
            if (!TryParseExponentPart(s[i..], out exponent))
            {
                return Failure.Syntax;
            }
        }

        // Value = digits × 10^(exponent − fractionDigits).
        long q = exponent - fractionDigits;

        if (firstNonZero < 0)
        {
            // Zero: clamping the exponent into range never changes the value, so it is always
            // allowed (IEEE 754-2008 §3.5.1 "clamped"; corpus "clamped zeros").
            int clamped = (int)Math.Clamp(q, Decimal128Parts.MinExponent, Decimal128Parts.MaxExponent);
            value = Decimal128.FromParts(new Decimal128Parts(negative, UInt128.Zero, clamped));
            return Failure.None;
        }

        // Significant digits run from the first non-zero digit to the last digit written; the ones
        // after the last non-zero digit are trailing zeros, which may be dropped exactly.
        int significant = CountDigits(s, firstNonZero, i);
        int trailingZeros = CountDigits(s, lastNonZero, i) - 1;

        // Drop the fewest trailing zeros that bring the digit count to ≤ 34 and the exponent to
        // ≥ −6176; the written exponent is the preferred one, so nothing more is changed.
        long drop = Math.Max(0, Math.Max(significant - Decimal128Parts.Precision, Decimal128Parts.MinExponent - q));
        if (drop > trailingZeros)
        {
            // Non-zero digits would have to be rounded away: the spec makes that an error rather
            // than rounding. Blame precision if the digits alone do not fit, else the exponent.
            return significant - trailingZeros > Decimal128Parts.Precision ? Failure.Inexact : Failure.Underflow;
        }

        int keep = significant - (int)drop;
        q += drop;

        // Clamping: an exponent above the maximum is lowered by appending zeros to the
        // coefficient, as long as it still fits in 34 digits (decimal128.md, "Clamping").
        int pad = 0;
        if (q > Decimal128Parts.MaxExponent)
        {
            long needed = q - Decimal128Parts.MaxExponent;
            if (keep + needed > Decimal128Parts.Precision)
            {
                return Failure.Overflow;
            }

            pad = (int)needed;
            q = Decimal128Parts.MaxExponent;
        }

        UInt128 coefficient = AccumulateDigits(s, firstNonZero, i, keep) * Decimal128Parts.Pow10(pad);
        value = Decimal128.FromParts(new Decimal128Parts(negative, coefficient, (int)q));
        return Failure.None;
    }

    /// <summary>exponent-part ::= indicator [sign] digits, and nothing may follow it.</summary>
    private static bool TryParseExponentPart(ReadOnlySpan<char> s, out long exponent)
    {
        exponent = 0;
        if (s[0] is not ('e' or 'E'))
        {
            return false;
        }

        s = s[1..];
        bool negative = false;
        if (!s.IsEmpty && s[0] is ('+' or '-'))
        {
            negative = s[0] == '-';
            s = s[1..];
        }

        if (s.IsEmpty)
        {
            return false;
        }

        long magnitude = 0;
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            magnitude = Math.Min(ExponentSaturation, (magnitude * 10) + (c - '0'));
        }

        exponent = negative ? -magnitude : magnitude;
        return true;
    }

    /// <summary>Digits (not '.') in s[start..end).</summary>
    private static int CountDigits(ReadOnlySpan<char> s, int start, int end)
    {
        int count = 0;
        for (int k = start; k < end; k++)
        {
            if (s[k] != '.')
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The first <paramref name="take"/> digits of s[start..end) as an integer (take ≤ 34, so it fits).</summary>
    private static UInt128 AccumulateDigits(ReadOnlySpan<char> s, int start, int end, int take)
    {
        UInt128 result = UInt128.Zero;
        for (int k = start; k < end && take > 0; k++)
        {
            if (s[k] != '.')
            {
                result = (result * 10) + (uint)(s[k] - '0');
                take--;
            }
        }

        return result;
    }
}
