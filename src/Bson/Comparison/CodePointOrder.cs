namespace Serverless.Bson;

/// <summary>
/// Orders .NET strings the way the server orders their UTF-8 bytes (its default "simple binary comparison",
/// manual "Comparison/Sort Order &gt; Strings"), without encoding them.
/// </summary>
/// <remarks>
/// UTF-8 byte order is Unicode code point order, but UTF-16 code unit order is not: a supplementary
/// character (surrogate pair, units D800–DFFF) must sort above U+E000–U+FFFF, while
/// <see cref="string.CompareOrdinal(string, string)"/> puts it below. Only the first differing unit needs
/// fixing up. Lone surrogates keep their own value, which is where WTF-8 would put them (between U+D7FF and
/// U+E000), so the order stays total and agrees with ordinal equality.
/// </remarks>
internal static class CodePointOrder
{
    // Lifts a surrogate that belongs to a well-formed pair above the whole BMP.
    private const int SupplementaryBoost = 0x10000;

    internal static int Compare(string x, string y)
    {
        var i = x.AsSpan().CommonPrefixLength(y);
        if (i == x.Length || i == y.Length)
        {
            // A prefix sorts first. If the prefix ends in a high surrogate that the longer string pairs,
            // the shorter one has a lone surrogate there, which is also lower: the answer is the same.
            return x.Length.CompareTo(y.Length);
        }

        return Weight(x, i).CompareTo(Weight(y, i));
    }

    /// <summary>Number of bytes the string takes as UTF-8 (lone surrogates count 3, as in WTF-8).</summary>
    internal static int Utf8Length(string value) => System.Text.Encoding.UTF8.GetByteCount(value);

    // The units before i are equal in both strings, so comparing weights at i compares the code points
    // that differ: a pair member stands for a code point ≥ U+10000; anything else for itself.
    private static int Weight(string s, int i)
    {
        var c = s[i];
        var paired = (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            || (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(s[i - 1]));
        return paired ? c + SupplementaryBoost : c;
    }
}
