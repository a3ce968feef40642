using System.Globalization;
using System.Numerics;

namespace Serverless.Bson;

/// <summary>IEEE 754-2008 decimal128 in the BID encoding, as BSON stores it (type 0x13).</summary>
/// <remarks>
/// <para>
/// A value object over the raw 128 bits, as the BSON Decimal128 spec requires
/// (specifications/source/bson-decimal128/decimal128.md): round-tripping through the driver must
/// not change the value or its representation, so equality is bit-pattern identity
/// (1.0 and 1.00 are different values here; use <see cref="CompareNumeric(Decimal128, Decimal128)"/>
/// for numeric equality). The spec forbids arithmetic operators, so there are none.
/// </para>
/// <para>
/// Layout (IEEE 754-2008 §3.5.2, binary encoding): bit 127 is the sign. If bits 126–125 are not
/// both 1, bits 126–113 are the biased exponent and bits 112–0 the coefficient. If they are
/// 11 and bits 124–123 are not 11, bits 124–111 are the exponent and the coefficient is
/// 100 followed by bits 110–0 — always above 10^34 − 1, so non-canonical and read as zero.
/// Bits 126–122 = 11110 is infinity, 11111 is NaN (bit 121 distinguishes signalling NaN).
/// </para>
/// </remarks>
public readonly struct Decimal128 : IEquatable<Decimal128>
{
    private const ulong SignBit = 0x8000_0000_0000_0000UL;
    private const int ExponentShift = 49; // bit 113 of the 128, counted within High
    private const int LargeFormExponentShift = 47; // bit 111 of the 128, counted within High
    private const ulong ExponentMask = 0x3FFF;
    private const ulong CoefficientHighMask = 0x0001_FFFF_FFFF_FFFFUL; // bits 112–64

    public Decimal128(ulong high, ulong low)
    {
        High = high;
        Low = low;
    }

    /// <summary>Quiet NaN with sign 0 and no payload: the encoding the BSON corpus calls canonical.</summary>
    public static Decimal128 NaN => new(0x7C00_0000_0000_0000UL, 0);

    public static Decimal128 PositiveInfinity => new(0x7800_0000_0000_0000UL, 0);

    public static Decimal128 NegativeInfinity => new(0xF800_0000_0000_0000UL, 0);

    /// <summary>Positive zero with exponent 0, i.e. "0".</summary>
    public static Decimal128 Zero => new(0x3040_0000_0000_0000UL, 0);

    /// <summary>The upper 64 bits (sign, combination field, top of the coefficient); BSON writes it after <see cref="Low"/>.</summary>
    public ulong High { get; }

    /// <summary>The lower 64 bits of the coefficient; BSON writes it first, little-endian.</summary>
    public ulong Low { get; }

    public bool IsNaN => ((High >> 58) & 0x1F) == 0x1F;

    public bool IsInfinity => ((High >> 58) & 0x1F) == 0x1E;

    /// <summary>
    /// True for values with the sign bit set, including −0 and −Infinity, but never for NaN: the
    /// spec prints every NaN as "NaN" and MongoDB's order gives NaN no sign.
    /// </summary>
    public bool IsNegative => (High & SignBit) != 0 && !IsNaN;

    /// <summary>True for any finite zero, whatever its sign or exponent, including non-canonical encodings (which IEEE 754 reads as zero).</summary>
    public bool IsZero => !IsNaN && !IsInfinity && GetParts().IsZero;

    internal static Decimal128 NegativeNaN => new(0xFC00_0000_0000_0000UL, 0);

    /// <summary>Parses a numeric string exactly; see <see cref="TryParse(ReadOnlySpan{char}, out Decimal128)"/> for the rules.</summary>
    /// <exception cref="FormatException">The string is not a numeric string, or would need inexact rounding, overflow or underflow.</exception>
    public static Decimal128 Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        Decimal128Parser.Failure failure = Decimal128Parser.TryParse(s, out Decimal128 value);
        return failure == Decimal128Parser.Failure.None
            ? value
            : throw new FormatException(Decimal128Parser.Describe(failure, s));
    }

    public static bool TryParse(string? s, out Decimal128 value)
    {
        if (s is null)
        {
            value = default;
            return false;
        }

        return TryParse(s.AsSpan(), out value);
    }

    /// <summary>
    /// Parses "[sign] digits[.digits][E[sign]digits]", or Inf/Infinity/NaN in any case with an
    /// optional sign; no whitespace. Trailing zeros are dropped or added only when that keeps the
    /// value exact; anything needing real rounding, or out of the exponent range, fails.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> s, out Decimal128 value) =>
        Decimal128Parser.TryParse(s, out value) == Decimal128Parser.Failure.None;

    public static Decimal128 FromInt32(int value) => FromInt64(value);

    public static Decimal128 FromInt64(long value) => FromParts(Decimal128Parts.FromInt64(value));

    /// <summary>
    /// The decimal written by the shortest string that round-trips <paramref name="value"/>
    /// (what <c>double.ToString("R")</c> gives on .NET Core 3.0+), so 0.1 becomes "0.1" rather than
    /// its exact binary expansion — the same choice the BSON drivers and the server make.
    /// </summary>
    public static Decimal128 FromDouble(double value)
    {
        if (double.IsNaN(value))
        {
            return NaN;
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? PositiveInfinity : NegativeInfinity;
        }

        // At most 17 significant digits and a decimal exponent within ±324, so this cannot fail.
        return Parse(value.ToString("R", CultureInfo.InvariantCulture));
    }

    /// <summary>The nearest double (ties to even); ±Infinity beyond the double range, ±0 below it.</summary>
    public double ToDouble()
    {
        if (IsNaN)
        {
            return double.NaN;
        }

        if (IsInfinity)
        {
            return IsNegative ? double.NegativeInfinity : double.PositiveInfinity;
        }

        // .NET Core 3.0+ parses decimal text with correct IEEE rounding, so going through the
        // exact "coefficient E exponent" text gives the nearest double without our own bignum work.
        Decimal128Parts parts = GetParts();
        string text = string.Create(CultureInfo.InvariantCulture, $"{(parts.Negative ? "-" : string.Empty)}{parts.Coefficient}E{parts.Exponent}");
        return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>True if the value is an integer within the range of long (so 1.0E+1 gives 10, and 1.5 fails).</summary>
    public bool TryGetExactInt64(out long value)
    {
        value = 0;
        if (IsNaN || IsInfinity)
        {
            return false;
        }

        Decimal128Parts parts = GetParts();
        if (parts.IsZero)
        {
            return true;
        }

        BigInteger magnitude;
        if (parts.Exponent >= 0)
        {
            // long.MaxValue has 19 digits, so a non-zero coefficient scaled by more than 10^19 is out of range.
            if (parts.Exponent > 19)
            {
                return false;
            }

            magnitude = (BigInteger)parts.Coefficient * BigInteger.Pow(10, parts.Exponent);
        }
        else
        {
            // A coefficient below 10^34 cannot be divisible by 10^34 or more unless it is zero.
            if (parts.Exponent < -Decimal128Parts.Precision)
            {
                return false;
            }

            UInt128 divisor = Decimal128Parts.Pow10(-parts.Exponent);
            if (parts.Coefficient % divisor != UInt128.Zero)
            {
                return false;
            }

            magnitude = (BigInteger)(parts.Coefficient / divisor);
        }

        BigInteger signed = parts.Negative ? -magnitude : magnitude;
        if (signed < long.MinValue || signed > long.MaxValue)
        {
            return false;
        }

        value = (long)signed;
        return true;
    }

    /// <summary>Exact numeric order: NaN (equal to NaN) &lt; −Infinity &lt; numbers &lt; +Infinity; −0 equals +0; 1.0 equals 1.00.</summary>
    /// <returns>Negative, zero or positive as <paramref name="a"/> sorts before, with or after <paramref name="b"/>.</returns>
    public static int CompareNumeric(Decimal128 a, Decimal128 b) => Decimal128Comparison.Compare(a, b);

    /// <summary>Exact comparison with a double, with no rounding: decimal 0.1 is less than double 0.1. NaNs of either type are equal and lowest.</summary>
    public static int CompareNumeric(Decimal128 a, double b) => Decimal128Comparison.Compare(a, b);

    /// <summary>Exact comparison with a long: decimal 1E+10 equals 10000000000.</summary>
    public static int CompareNumeric(Decimal128 a, long b) => Decimal128Comparison.Compare(a, b);

    /// <summary>The canonical string, by the spec's to-scientific-string algorithm (e.g. "1.05E+3", "0.001234", "-Infinity", "NaN").</summary>
    public override string ToString() => Decimal128Formatter.Format(this);

    public bool Equals(Decimal128 other) => High == other.High && Low == other.Low;

    public override bool Equals(object? obj) => obj is Decimal128 other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(High, Low);

    public static bool operator ==(Decimal128 left, Decimal128 right) => left.Equals(right);

    public static bool operator !=(Decimal128 left, Decimal128 right) => !left.Equals(right);

    /// <summary>Encodes a finite value whose coefficient and exponent are already in range.</summary>
    internal static Decimal128 FromParts(Decimal128Parts parts)
    {
        System.Diagnostics.Debug.Assert(parts.Coefficient <= Decimal128Parts.MaxCoefficient, "coefficient must fit in 34 digits");
        System.Diagnostics.Debug.Assert(parts.Exponent is >= Decimal128Parts.MinExponent and <= Decimal128Parts.MaxExponent, "exponent must be in range");

        // 10^34 − 1 < 2^113, so a canonical coefficient always fits the small form's 113 bits.
        ulong biased = (ulong)(parts.Exponent + Decimal128Parts.ExponentBias);
        ulong high = (parts.Negative ? SignBit : 0) | (biased << ExponentShift) | (ulong)(parts.Coefficient >> 64);
        return new Decimal128(high, (ulong)parts.Coefficient);
    }

    /// <summary>Sign, coefficient and exponent of a finite value; only meaningful when neither NaN nor infinite.</summary>
    internal Decimal128Parts GetParts()
    {
        bool negative = (High & SignBit) != 0;
        if (((High >> 61) & 3) == 3)
        {
            // Large-coefficient form: the implied coefficient 0b100·(111 bits) ≥ 2^113 > 10^34 − 1,
            // which IEEE 754-2008 §3.5.2 says is non-canonical and is read as zero; the exponent stands.
            int exponent = (int)((High >> LargeFormExponentShift) & ExponentMask) - Decimal128Parts.ExponentBias;
            return new Decimal128Parts(negative, UInt128.Zero, exponent);
        }

        int smallExponent = (int)((High >> ExponentShift) & ExponentMask) - Decimal128Parts.ExponentBias;
        var coefficient = new UInt128(High & CoefficientHighMask, Low);
        if (coefficient > Decimal128Parts.MaxCoefficient)
        {
            coefficient = UInt128.Zero; // also non-canonical, so also zero (same clause)
        }

        return new Decimal128Parts(negative, coefficient, smallExponent);
    }
}
