using System.Globalization;

namespace Serverless.Bson;

/// <summary>
/// The scalar text forms of Extended JSON v2 (MongoDB "Extended JSON" spec, "Conversion table"): number strings,
/// RFC 3339 dates, UUIDs and binary subtypes. Shared by the reader and the writer so both agree on the grammar.
/// </summary>
internal static class ExtendedJsonText
{
    /// <summary>Enough for any double in "R" form ("-1.7976931348623157E+308" is 24) plus ".0".</summary>
    public const int MaxDoubleLength = 32;

    /// <summary>"yyyy-MM-ddTHH:mm:ss.fffZ".</summary>
    public const int MaxIsoDateLength = 24;

    // 9999-12-31T23:59:59.999Z: the last instant the relaxed format writes as a string (spec, "Conversion
    // table", Datetime [year from 1970 to 9999 inclusive]).
    private const long MaxRelaxedDateMilliseconds = 253_402_300_799_999;

    private static readonly long EpochTicks = DateTime.UnixEpoch.Ticks;

    /// <summary>True when relaxed mode writes this datetime as an ISO-8601 string.</summary>
    public static bool IsRelaxedDate(long milliseconds) => milliseconds is >= 0 and <= MaxRelaxedDateMilliseconds;

    /// <summary>
    /// A finite double as the shortest text that round-trips, with ".0" added to integral values so the text
    /// is a JSON <i>non-integer</i> and reads back as a double (spec, "Conversion table", Double [finite];
    /// corpus double.json: "1.0", "-0.0", "1.2345678921232E+18").
    /// </summary>
    public static int FormatDouble(double value, Span<byte> destination)
    {
        value.TryFormat(destination, out var written, "R", CultureInfo.InvariantCulture);
        if (destination[..written].IndexOfAny((byte)'.', (byte)'E', (byte)'e') < 0)
        {
            destination[written++] = (byte)'.';
            destination[written++] = (byte)'0';
        }

        return written;
    }

    /// <summary>
    /// RFC 3339 UTC text for a datetime in 1970–9999. Milliseconds are written only when non-zero, the form
    /// the corpus expects (datetime.json: "1970-01-01T00:00:00Z" but "2012-12-24T12:15:30.001Z").
    /// </summary>
    public static int FormatIsoDate(long milliseconds, Span<byte> destination)
    {
        var time = new DateTime(EpochTicks + (milliseconds * TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
        WriteDigits(destination, time.Year, 4);
        destination[4] = (byte)'-';
        WriteDigits(destination[5..], time.Month, 2);
        destination[7] = (byte)'-';
        WriteDigits(destination[8..], time.Day, 2);
        destination[10] = (byte)'T';
        WriteDigits(destination[11..], time.Hour, 2);
        destination[13] = (byte)':';
        WriteDigits(destination[14..], time.Minute, 2);
        destination[16] = (byte)':';
        WriteDigits(destination[17..], time.Second, 2);
        var written = 19;
        if (time.Millisecond != 0)
        {
            destination[written++] = (byte)'.';
            WriteDigits(destination[written..], time.Millisecond, 3);
            written += 3;
        }

        destination[written++] = (byte)'Z';
        return written;
    }

    /// <summary>
    /// Parses RFC 3339 "date-time" (section 5.6): <c>yyyy-MM-ddTHH:mm:ss[.fraction](Z|±HH:mm)</c>, also
    /// accepting <c>±HHmm</c> offsets as ISO 8601 does. Fractions beyond milliseconds are truncated, since BSON
    /// datetimes hold milliseconds.
    /// </summary>
    public static bool TryParseIsoDate(ReadOnlySpan<char> text, out long milliseconds)
    {
        milliseconds = 0;
        if (text.Length < 20
            || text[4] != '-' || text[7] != '-' || (text[10] != 'T' && text[10] != 't') || text[13] != ':' || text[16] != ':'
            || !TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day)
            || !TryDigits(text.Slice(11, 2), out var hour) || !TryDigits(text.Slice(14, 2), out var minute) || !TryDigits(text.Slice(17, 2), out var second))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var rest = text[19..];
        var fractionMs = 0;
        if (rest[0] == '.')
        {
            var digits = 1;
            while (digits < rest.Length && char.IsAsciiDigit(rest[digits]))
            {
                if (digits <= 3)
                {
                    fractionMs = (fractionMs * 10) + (rest[digits] - '0');
                }

                digits++;
            }

            if (digits == 1)
            {
                return false;
            }

            for (var scale = digits; scale < 4; scale++)
            {
                fractionMs *= 10;
            }

            rest = rest[digits..];
        }

        if (!TryParseOffset(rest, out var offsetMinutes))
        {
            return false;
        }

        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc);
        milliseconds = ((local.Ticks - EpochTicks) / TimeSpan.TicksPerMillisecond) + fractionMs - (offsetMinutes * 60_000L);
        return true;
    }

    /// <summary>A JSON <i>integer</i> (<c>-?digits</c>, nothing else) in int64 range.</summary>
    public static bool TryParseInt64(string text, out long value)
    {
        value = 0;
        return IsInteger(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A JSON <i>integer</i> in int32 range; "2147483648" fails rather than wrapping.</summary>
    public static bool TryParseInt32(string text, out int value)
    {
        value = 0;
        return IsInteger(text) && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// A <c>$numberDouble</c> string: a decimal number, or exactly "Infinity", "-Infinity" or "NaN" (spec,
    /// "Representation of Non-finite Numeric Values"). .NET's own spellings ("∞", "infinity") are refused, as
    /// are whitespace and finite text that overflows.
    /// </summary>
    public static bool TryParseDouble(string text, out double value)
    {
        switch (text)
        {
            case "Infinity":
                value = double.PositiveInfinity;
                return true;
            case "-Infinity":
                value = double.NegativeInfinity;
                return true;
            case "NaN":
                value = double.NaN;
                return true;
        }

        value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c) && c is not ('-' or '+' or '.' or 'e' or 'E'))
            {
                return false;
            }
        }

        const NumberStyles style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        return double.TryParse(text, style, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    /// <summary>
    /// A UUID in RFC 9562 text form (8-4-4-4-12 hex digits, any case), or the 32 digits without hyphens the
    /// spec also permits ("Special rules for parsing $uuid fields"). Bytes come out in network order.
    /// </summary>
    public static bool TryParseUuid(string text, out byte[] bytes)
    {
        bytes = [];
        Span<char> hex = stackalloc char[32];
        if (text.Length == 36)
        {
            if (text[8] != '-' || text[13] != '-' || text[18] != '-' || text[23] != '-')
            {
                return false;
            }

            text.AsSpan(0, 8).CopyTo(hex);
            text.AsSpan(9, 4).CopyTo(hex[8..]);
            text.AsSpan(14, 4).CopyTo(hex[12..]);
            text.AsSpan(19, 4).CopyTo(hex[16..]);
            text.AsSpan(24, 12).CopyTo(hex[20..]);
        }
        else if (text.Length == 32)
        {
            text.AsSpan().CopyTo(hex);
        }
        else
        {
            return false;
        }

        var result = new byte[16];
        if (Convert.FromHexString(hex, result, out _, out var written) != System.Buffers.OperationStatus.Done || written != 16)
        {
            return false;
        }

        bytes = result;
        return true;
    }

    /// <summary>A binary subtype: a one- or two-character hex string (spec, "Conversion table", Binary).</summary>
    public static bool TryParseSubtype(string text, out BsonBinarySubtype subtype)
    {
        subtype = default;
        if (text.Length is < 1 or > 2 || !byte.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        subtype = (BsonBinarySubtype)value;
        return true;
    }

    private static bool TryParseOffset(ReadOnlySpan<char> text, out int minutes)
    {
        minutes = 0;
        if (text is ['Z' or 'z'])
        {
            return true;
        }

        if (text.Length is not (5 or 6) || text[0] is not ('+' or '-'))
        {
            return false;
        }

        var colon = text.Length == 6;
        if (colon && text[3] != ':')
        {
            return false;
        }

        if (!TryDigits(text.Slice(1, 2), out var hours) || !TryDigits(text.Slice(colon ? 4 : 3, 2), out var mins) || hours > 23 || mins > 59)
        {
            return false;
        }

        minutes = ((hours * 60) + mins) * (text[0] == '-' ? -1 : 1);
        return true;
    }

    private static bool IsInteger(string text)
    {
        var digits = text.AsSpan(text.StartsWith('-') ? 1 : 0);
        return !digits.IsEmpty && !digits.ContainsAnyExceptInRange('0', '9');
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static void WriteDigits(Span<byte> destination, int value, int count)
    {
        for (var i = count - 1; i >= 0; i--)
        {
            destination[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }
}
