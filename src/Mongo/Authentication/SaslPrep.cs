using System.Globalization;
using System.Text;

namespace Serverless.Mongo;

/// <summary>
/// SASLprep (RFC 4013): the stringprep (RFC 3454) profile applied to SCRAM-SHA-256 passwords
/// (MongoDB Authentication spec, "SCRAM-SHA-256": passwords are SASLprep'ed, usernames are not).
/// </summary>
public static class SaslPrep
{
    /// <summary>
    /// Prepares <paramref name="value"/>: maps (RFC 4013 2.1), normalizes with NFKC (2.2), then checks the
    /// prohibited output (2.3), bidi rule (2.4) and, unless <paramref name="allowUnassigned"/>, unassigned
    /// code points (2.5 with RFC 3454 section 7: "stored strings" must not contain them).
    /// </summary>
    /// <exception cref="ArgumentException">The string contains a prohibited or unassigned code point, an unpaired
    /// surrogate, or violates the bidi rule; the message names the offending code point and its position.</exception>
    public static string Prepare(string value, bool allowUnassigned = false)
    {
        ArgumentNullException.ThrowIfNull(value);
        var mapped = Map(value, allowUnassigned);
        var normalized = mapped.Normalize(NormalizationForm.FormKC);
        Check(normalized);
        return normalized;
    }

    // RFC 4013 2.1: B.1 characters are removed, C.1.2 non-ASCII spaces become U+0020. Unassigned code points
    // are checked here, on the input, because RFC 3454 section 7 defines them against the input string (NFKC of
    // today's Unicode could otherwise turn a code point unassigned in 3.2 into an assigned one).
    private static string Map(string value, bool allowUnassigned)
    {
        var builder = new StringBuilder(value.Length);
        var position = 0;
        foreach (var rune in Runes(value))
        {
            if (!allowUnassigned && StringPrepUnassignedTable.Unassigned.Contains(rune.Value))
            {
                throw Invalid($"unassigned code point {Describe(rune)} at position {position} (RFC 4013 section 2.5, RFC 3454 section 7)");
            }

            // U+200B is in both B.1 and C.1.2; removing it first matches the common SASLprep implementations
            // (and Unicode 4.0.1, which reclassified it from a space to a format character).
            if (!StringPrepTables.MappedToNothing.Contains(rune.Value))
            {
                builder.Append(StringPrepTables.NonAsciiSpace.Contains(rune.Value) ? " " : rune.ToString());
            }

            position++;
        }

        return builder.ToString();
    }

    private static void Check(string prepared)
    {
        var containsRandAL = false;
        var containsL = false;
        Rune? first = null;
        Rune last = default;
        var position = 0;
        foreach (var rune in Runes(prepared))
        {
            if (StringPrepTables.Prohibited.Contains(rune.Value))
            {
                throw Invalid($"prohibited code point {Describe(rune)} at position {position} (RFC 4013 section 2.3)");
            }

            containsRandAL |= StringPrepBidiTables.RandALCat.Contains(rune.Value);
            containsL |= StringPrepBidiTables.LCat.Contains(rune.Value);
            first ??= rune;
            last = rune;
            position++;
        }

        // RFC 3454 section 6: a string with any RandALCat character must contain no LCat character and must
        // start and end with a RandALCat character.
        if (!containsRandAL)
        {
            return;
        }

        if (containsL)
        {
            throw Invalid("mixes right-to-left (RandALCat) and left-to-right (LCat) characters (RFC 3454 section 6, rule 2)");
        }

        if (!StringPrepBidiTables.RandALCat.Contains(first!.Value.Value) || !StringPrepBidiTables.RandALCat.Contains(last.Value))
        {
            throw Invalid("contains right-to-left characters but does not start and end with one (RFC 3454 section 6, rule 3)");
        }
    }

    // Enumerates code points; string.EnumerateRunes would silently turn a lone surrogate into U+FFFD, but
    // RFC 3454 C.5 prohibits surrogate code points, so they must be reported instead.
    private static IEnumerable<Rune> Runes(string value)
    {
        var offset = 0;
        while (offset < value.Length)
        {
            if (Rune.DecodeFromUtf16(value.AsSpan(offset), out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                throw Invalid(string.Create(
                    CultureInfo.InvariantCulture,
                    $"unpaired surrogate U+{(int)value[offset]:X4} at UTF-16 offset {offset} (RFC 3454 table C.5)"));
            }

            yield return rune;
            offset += consumed;
        }
    }

    private static string Describe(Rune rune) => string.Create(CultureInfo.InvariantCulture, $"U+{rune.Value:X4}");

    private static ArgumentException Invalid(string why) => new($"SASLprep failed: the string {why}.");
}
