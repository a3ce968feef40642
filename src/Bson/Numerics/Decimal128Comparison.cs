using System.Numerics;

namespace Serverless.Bson;

/// <summary>
/// Exact comparison of decimal128 with decimal128, double and long, for MongoDB's
/// cross-type numeric order (all numeric BSON types sort together by value).
/// </summary>
/// <remarks>
/// Nothing is rounded through double: decimal "0.1" and double 0.1 differ, because the double
/// is exactly 0.1000000000000000055511151231257827021181583404541015625. Finite values are
/// compared as integers after scaling both sides to a common denominator with BigInteger.
/// The order of the non-finite values is the server's: NaN &lt; −Infinity &lt; numbers &lt; +Infinity,
/// with NaN equal to NaN, and −0 equal to +0.
/// </remarks>
internal static class Decimal128Comparison
{
    // Every finite non-zero double lies in [2^-1074, 2^1024), i.e. roughly [4.9E-324, 1.8E+308].
    // A decimal whose leading digit is at 10^309 or above is therefore larger than any double,
    // and one whose leading digit is at 10^-325 or below is smaller than any non-zero double.
    private const int AboveEveryDouble = 309;
    private const int BelowEveryDouble = -325;

    private enum Rank
    {
        NaN = 0,
        NegativeInfinity = 1,
        Finite = 2,
        PositiveInfinity = 3,
    }

    internal static int Compare(Decimal128 a, Decimal128 b)
    {
        int byRank = RankOf(a).CompareTo(RankOf(b));
        if (byRank != 0 || RankOf(a) != Rank.Finite)
        {
            return Math.Sign(byRank);
        }

        return CompareFinite(a.GetParts(), b.GetParts());
    }

    internal static int Compare(Decimal128 a, long b)
    {
        if (RankOf(a) != Rank.Finite)
        {
            return RankOf(a) == Rank.PositiveInfinity ? 1 : -1;
        }

        return CompareFinite(a.GetParts(), Decimal128Parts.FromInt64(b));
    }

    internal static int Compare(Decimal128 a, double b)
    {
        int byRank = RankOf(a).CompareTo(RankOf(b));
        if (byRank != 0 || RankOf(a) != Rank.Finite)
        {
            return Math.Sign(byRank);
        }

        Decimal128Parts aParts = a.GetParts();
        int aSign = SignOf(aParts);
        int bSign = b > 0 ? 1 : b < 0 ? -1 : 0; // -0.0 counts as zero
        if (aSign != bSign || aSign == 0)
        {
            return aSign.CompareTo(bSign);
        }

        return aSign * CompareMagnitude(aParts, Math.Abs(b));
    }

    private static Rank RankOf(Decimal128 value) =>
        value.IsNaN ? Rank.NaN
        : value.IsInfinity ? (value.IsNegative ? Rank.NegativeInfinity : Rank.PositiveInfinity)
        : Rank.Finite;

    private static Rank RankOf(double value) =>
        double.IsNaN(value) ? Rank.NaN
        : double.IsNegativeInfinity(value) ? Rank.NegativeInfinity
        : double.IsPositiveInfinity(value) ? Rank.PositiveInfinity
        : Rank.Finite;

    private static int SignOf(Decimal128Parts parts) => parts.IsZero ? 0 : parts.Negative ? -1 : 1;

    private static int CompareFinite(Decimal128Parts a, Decimal128Parts b)
    {
        int aSign = SignOf(a);
        int bSign = SignOf(b);
        if (aSign != bSign || aSign == 0)
        {
            return aSign.CompareTo(bSign);
        }

        return aSign * CompareMagnitude(a, b);
    }

    /// <summary>Compares |a| and |b| for non-zero a and b.</summary>
    private static int CompareMagnitude(Decimal128Parts a, Decimal128Parts b)
    {
        // The adjusted exponent is the power of ten of the leading digit, so when they differ
        // the magnitudes are ordered by it alone, however far apart the exponents are.
        int byAdjusted = a.AdjustedExponent.CompareTo(b.AdjustedExponent);
        if (byAdjusted != 0)
        {
            return byAdjusted;
        }

        // Same leading power of ten, so the exponents differ by at most 33: scale the one with
        // the larger exponent down to the other's (at most 10^67, fine for BigInteger).
        int shift = a.Exponent - b.Exponent;
        BigInteger left = (BigInteger)a.Coefficient;
        BigInteger right = (BigInteger)b.Coefficient;
        if (shift > 0)
        {
            left *= BigInteger.Pow(10, shift);
        }
        else if (shift < 0)
        {
            right *= BigInteger.Pow(10, -shift);
        }

        return left.CompareTo(right);
    }

    /// <summary>Compares |a| with b, for non-zero a and finite b &gt; 0.</summary>
    private static int CompareMagnitude(Decimal128Parts a, double b)
    {
        int adjusted = a.AdjustedExponent;
        if (adjusted >= AboveEveryDouble)
        {
            return 1;
        }

        if (adjusted <= BelowEveryDouble)
        {
            return -1;
        }

        // b = mantissa × 2^binaryExponent exactly (IEEE 754 binary64: 52 stored fraction bits,
        // implicit leading 1 for normals, exponent bias 1075 including the fraction shift).
        long bits = BitConverter.DoubleToInt64Bits(b);
        int biased = (int)((bits >> 52) & 0x7FF);
        long fraction = bits & 0xF_FFFF_FFFF_FFFFL;
        long mantissa = biased == 0 ? fraction : fraction | (1L << 52);
        int binaryExponent = biased == 0 ? -1074 : biased - 1075;

        // Compare c × 10^e with m × 2^k by multiplying both by 10^max(0,-e) × 2^max(0,-k).
        // The guards above keep e within about [-358, 308], so the integers stay a few thousand bits.
        int e = a.Exponent;
        BigInteger left = (BigInteger)a.Coefficient;
        BigInteger right = mantissa;
        if (e >= 0)
        {
            left *= BigInteger.Pow(10, e);
        }
        else
        {
            right *= BigInteger.Pow(10, -e);
        }

        if (binaryExponent >= 0)
        {
            right <<= binaryExponent;
        }
        else
        {
            left <<= -binaryExponent;
        }

        return left.CompareTo(right);
    }
}
