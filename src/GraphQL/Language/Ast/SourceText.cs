using System.Text;

namespace Serverless.GraphQL.Language;

/// <summary>
/// The UTF-8 text a document was parsed from. Nodes point at it through <see cref="Location"/>; the table of line
/// starts is built on the first line/column request only.
/// </summary>
public sealed class SourceText
{
    private readonly byte[] _utf8;
    private int[]? _lineStarts;

    public SourceText(ReadOnlySpan<byte> utf8)
    {
        // A copy that skips zeroing the array first, as the copy overwrites every byte.
        _utf8 = GC.AllocateUninitializedArray<byte>(utf8.Length);
        utf8.CopyTo(_utf8);
    }

    /// <summary>Takes ownership of an array nobody else holds (the parser's own encoding of a string).</summary>
    private SourceText(byte[] owned) => _utf8 = owned;

    internal static SourceText FromOwnedArray(byte[] owned) => new(owned);

    /// <summary>The source bytes.</summary>
    public ReadOnlyMemory<byte> Utf8 => _utf8;

    /// <summary>The source as a string.</summary>
    public override string ToString() => Encoding.UTF8.GetString(_utf8);

    /// <summary>1-based line and column (UTF-16 code units, as graphql-js counts) of a byte offset.</summary>
    public (int Line, int Column) GetLineAndColumn(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        var starts = _lineStarts ??= ComputeLineStarts(_utf8);
        var index = Array.BinarySearch(starts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, Utf16Column(_utf8, starts[line], Math.Min(offset, _utf8.Length)));
    }

    /// <summary>Line and column of a byte offset, computed straight from a span (error paths only).</summary>
    internal static (int Line, int Column) LineAndColumn(ReadOnlySpan<byte> source, int offset)
    {
        offset = Math.Min(offset, source.Length);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            // §2.1.2 LineTerminator: \n, \r\n or \r.
            if (source[i] == '\n' || (source[i] == '\r' && (i + 1 >= source.Length || source[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, Utf16Column(source, lineStart, offset));
    }

    private static int Utf16Column(ReadOnlySpan<byte> source, int lineStart, int offset)
    {
        var column = 1;
        for (var i = lineStart; i < offset; i++)
        {
            var b = source[i];
            if ((b & 0xC0) != 0x80)
            {
                // A lead byte starts a code point; 4-byte sequences are two UTF-16 units in graphql-js's counting.
                column += b >= 0xF0 ? 2 : 1;
            }
        }

        return column;
    }

    private static int[] ComputeLineStarts(ReadOnlySpan<byte> source)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < source.Length; i++)
        {
            if (source[i] == '\n' || (source[i] == '\r' && (i + 1 >= source.Length || source[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}
