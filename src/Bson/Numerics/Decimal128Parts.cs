namespace Serverless.Bson;

/// <summary>
/// A finite decimal128 value taken apart: (-1)^sign × coefficient × 10^exponent.
/// </summary>
/// <remarks>
/// Parsing, formatting and exact comparison all work on this shape rather than on the
/// raw BID bits, so the bit layout lives in one place (<see cref="Decimal128"/>).
/// </remarks>
internal readonly record struct Decimal128Parts(bool Negative, UInt128 Coefficient, int Exponent)
{
    /// <summary>Largest coefficient: decimal128 has a precision of 34 digits (IEEE 754-2008 §3.6, p = 34).</summary>
    internal static readonly UInt128 MaxCoefficient = UInt128.Parse("9999999999999999999999999999999999", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Number of decimal digits in the coefficient format (p).</summary>
    internal const int Precision = 34;

    /// <summary>Largest exponent q: emax − (p − 1) = 6144 − 33 (IEEE 754-2008 §3.3, Table 3.6).</summary>
    internal const int MaxExponent = 6111;

    /// <summary>Smallest exponent q: emin − (p − 1) = −6143 − 33 (IEEE 754-2008 §3.3).</summary>
    internal const int MinExponent = -6176;

    /// <summary>The stored exponent is q + bias, with bias = 6176 (IEEE 754-2008 Table 3.6).</summary>
    internal const int ExponentBias = 6176;

    private static readonly UInt128[] PowersOfTen = BuildPowersOfTen();

    internal bool IsZero => Coefficient == UInt128.Zero;

    /// <summary>An integer as coefficient × 10^0; |long.MinValue| = 2^63 has 19 digits, well within 34.</summary>
    internal static Decimal128Parts FromInt64(long value) => new(value < 0, (UInt128)Int128.Abs(value), 0);

    /// <summary>10^n for 0 ≤ n ≤ 38 (the largest power of ten a UInt128 holds).</summary>
    internal static UInt128 Pow10(int n) => PowersOfTen[n];

    /// <summary>Number of decimal digits in <paramref name="value"/>; zero counts as one digit, as in the to-scientific-string rules.</summary>
    internal static int DigitCount(UInt128 value)
    {
        int digits = 1;
        while (digits < PowersOfTen.Length && value >= PowersOfTen[digits])
        {
            digits++;
        }

        return digits;
    }

    /// <summary>
    /// The "adjusted exponent" of the to-scientific-string algorithm: exponent + (digits − 1),
    /// i.e. the power of ten of the most significant digit.
    /// </summary>
    internal int AdjustedExponent => Exponent + DigitCount(Coefficient) - 1;

    private static UInt128[] BuildPowersOfTen()
    {
        var table = new UInt128[39];
        table[0] = UInt128.One;
        for (int i = 1; i < table.Length; i++)
        {
            table[i] = table[i - 1] * 10;
        }

        return table;
    }
}
