using System.Buffers;
using System.Text;

namespace Serverless.GraphQL.Language;

/// <summary>The static semantics of block strings (§2.9.4 BlockStringValue()): escapes, line splitting and dedent.</summary>
internal static class BlockStringValue
{
    private static readonly byte[] EscapedTripleQuote = "\\\"\"\""u8.ToArray();

    /// <summary>
    /// Turns the raw UTF-8 between the triple quotes into the block string's value, in two passes over the bytes
    /// (measure, then copy) so descriptions cost one string allocation.
    /// </summary>
    public static string Dedent(ReadOnlySpan<byte> raw)
    {
        // Pass 1. commonIndent: the smallest indentation of any line but the first that is not only whitespace;
        // leading and trailing whitespace-only lines are dropped.
        var commonIndent = int.MaxValue;
        var firstNonBlank = -1;
        var lastNonBlank = -1;
        var index = 0;
        for (var rest = raw; ; index++)
        {
            var line = NextLine(ref rest, out var more);
            var indent = LeadingWhitespace(line);
            if (indent < line.Length)
            {
                firstNonBlank = firstNonBlank < 0 ? index : firstNonBlank;
                lastNonBlank = index;
                if (index != 0 && indent < commonIndent)
                {
                    commonIndent = indent;
                }
            }

            if (!more)
            {
                break;
            }
        }

        if (firstNonBlank < 0)
        {
            return string.Empty;
        }

        // Pass 2. Copy the kept lines, less the common indent, joined by \n, with \""" turned into """.
        var buffer = ArrayPool<byte>.Shared.Rent(raw.Length);
        try
        {
            var written = 0;
            index = 0;
            for (var rest = raw; index <= lastNonBlank; index++)
            {
                var line = NextLine(ref rest, out _);
                if (index < firstNonBlank)
                {
                    continue;
                }

                if (index != firstNonBlank)
                {
                    buffer[written++] = (byte)'\n';
                }

                if (index != 0 && commonIndent != int.MaxValue)
                {
                    line = line[Math.Min(commonIndent, line.Length)..];
                }

                written += Unescape(line, buffer.AsSpan(written));
            }

            return Encoding.UTF8.GetString(buffer, 0, written);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Leading WhiteSpace (§2.1.3: tab and space) count.</summary>
    public static int LeadingWhitespace(ReadOnlySpan<byte> line)
    {
        var i = line.IndexOfAnyExcept((byte)' ', (byte)'\t');
        return i < 0 ? line.Length : i;
    }

    /// <summary>Splits on every LineTerminator (§2.1.2): \r\n, \n or \r.</summary>
    public static List<string> SplitLines(string value)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] is '\n' or '\r')
            {
                lines.Add(value[start..i]);
                if (value[i] == '\r' && i + 1 < value.Length && value[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        lines.Add(value[start..]);
        return lines;
    }

    /// <summary>Takes the next line off <paramref name="rest"/>; <paramref name="more"/> says whether a terminator followed.</summary>
    private static ReadOnlySpan<byte> NextLine(ref ReadOnlySpan<byte> rest, out bool more)
    {
        var end = rest.IndexOfAny((byte)'\n', (byte)'\r');
        if (end < 0)
        {
            var last = rest;
            rest = [];
            more = false;
            return last;
        }

        var line = rest[..end];
        var skip = rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1;
        rest = rest[(end + skip)..];
        more = true;
        return line;
    }

    /// <summary>Copies a line, turning each \""" (the only block string escape) into """.</summary>
    private static int Unescape(ReadOnlySpan<byte> line, Span<byte> destination)
    {
        var written = 0;
        while (true)
        {
            var escape = line.IndexOf(EscapedTripleQuote);
            var chunk = escape < 0 ? line : line[..escape];
            chunk.CopyTo(destination[written..]);
            written += chunk.Length;
            if (escape < 0)
            {
                return written;
            }

            "\"\"\""u8.CopyTo(destination[written..]);
            written += 3;
            line = line[(escape + 4)..];
        }
    }
}
