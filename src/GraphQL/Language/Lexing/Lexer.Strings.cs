using System.Buffers;
using System.Text;

namespace Serverless.GraphQL.Language;

/// <summary>String and block string tokens (§2.1.12 StringValue): validated while lexing, decoded on request.</summary>
public ref partial struct Lexer
{
    private static readonly SearchValues<byte> StringStops = SearchValues.Create("\"\\\n\r"u8);

    /// <summary>
    /// The current String or BlockString token's value: escapes resolved for strings (§2.9.4 StringValue static
    /// semantics), BlockStringValue() dedent applied for block strings.
    /// </summary>
    public readonly string StringValue()
    {
        if (Kind == TokenKind.BlockString)
        {
            return BlockStringValue.Dedent(Value);
        }

        var raw = Value;
        var escape = raw.IndexOf((byte)'\\');
        if (escape < 0)
        {
            return Encoding.UTF8.GetString(raw);
        }

        // Every UTF-8 byte yields at most one UTF-16 unit and escapes only shrink, so raw.Length chars suffice.
        var buffer = ArrayPool<char>.Shared.Rent(raw.Length);
        try
        {
            var written = Encoding.UTF8.GetChars(raw[..escape], buffer);
            var position = escape;
            while (position < raw.Length)
            {
                var next = raw[position..].IndexOf((byte)'\\');
                if (next != 0)
                {
                    var chunk = next < 0 ? raw[position..] : raw.Slice(position, next);
                    written += Encoding.UTF8.GetChars(chunk, buffer.AsSpan(written));
                    position += chunk.Length;
                    continue;
                }

                var (value, size) = ReadEscape(Start + 1 + position);
                written += new Rune(value).EncodeToUtf16(buffer.AsSpan(written));
                position += size;
            }

            return new string(buffer, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    // §2.1.12: a string runs to the closing quote on the same line; any Unicode scalar value except " \ and
    // line terminators may appear, and escapes must be well formed.
    private readonly int ReadString(int start)
    {
        var position = start + 1;
        while (position < _source.Length)
        {
            // Skip plain characters in bulk; only quotes, escapes and line terminators need a decision.
            var plain = _source[position..].IndexOfAny(StringStops);
            if (plain < 0)
            {
                position = _source.Length;
                break;
            }

            position += plain;
            var code = _source[position];
            if (code == '"')
            {
                return position + 1;
            }

            if (code == '\\')
            {
                position += ReadEscape(position).Size;
                continue;
            }

            break;
        }

        throw Error(position, "Unterminated string.");
    }

    // §2.1.12 BlockString: runs to the next unescaped """; \""" stands for """ and nothing else is an escape.
    private readonly int ReadBlockString(int start)
    {
        var position = start + 3;
        while (position < _source.Length)
        {
            var stop = _source[position..].IndexOfAny((byte)'"', (byte)'\\');
            if (stop < 0)
            {
                position = _source.Length;
                break;
            }

            position += stop;
            var code = _source[position];
            if (code == '"' && At(position + 1) == '"' && At(position + 2) == '"')
            {
                return position + 3;
            }

            position += code == '\\' && At(position + 1) == '"' && At(position + 2) == '"' && At(position + 3) == '"' ? 4 : 1;
        }

        throw Error(position, "Unterminated string.");
    }

    /// <summary>Reads the escape sequence at <paramref name="position"/> (a backslash): its code point and byte length.</summary>
    private readonly (int Value, int Size) ReadEscape(int position)
    {
        var kind = At(position + 1);
        if (kind == 'u')
        {
            return At(position + 2) == '{' ? ReadBracedUnicodeEscape(position) : ReadFixedUnicodeEscape(position);
        }

        // §2.1.12 EscapedCharacter: one of " \ / b f n r t.
        var value = kind switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => -1,
        };
        if (value < 0)
        {
            throw Error(position, $"Invalid character escape sequence: \"{Slice(position, position + 1 + CodePointLength(position + 1))}\".");
        }

        return (value, 2);
    }

    // §2.1.12 EscapedUnicode `\u{HexDigit+}`: the value must be a Unicode scalar value.
    private readonly (int Value, int Size) ReadBracedUnicodeEscape(int position)
    {
        var point = 0;
        var size = 3;
        while (size < 12)
        {
            var code = At(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsScalarValue(point))
                {
                    break;
                }

                return (point, size);
            }

            // Overflow past 0x7FFFFFFF or a non-hex digit makes the point negative, which ends the escape.
            point = unchecked((point << 4) | HexValue(code));
            if (point < 0)
            {
                break;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + size)}\".");
    }

    // §2.1.12 `\uXXXX`: a leading surrogate must be followed by an escaped trailing surrogate; the pair is one
    // supplementary code point. Lone surrogates are not scalar values and are rejected.
    private readonly (int Value, int Size) ReadFixedUnicodeEscape(int position)
    {
        var code = ReadHex4(position + 2);
        if (IsScalarValue(code))
        {
            return (code, 6);
        }

        if (code is >= 0xD800 and <= 0xDBFF && At(position + 6) == '\\' && At(position + 7) == 'u')
        {
            var trailing = ReadHex4(position + 8);
            if (trailing is >= 0xDC00 and <= 0xDFFF)
            {
                return (char.ConvertToUtf32((char)code, (char)trailing), 12);
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + 6)}\".");
    }

    private readonly int ReadHex4(int position) =>
        (HexValue(At(position)) << 12) | (HexValue(At(position + 1)) << 8) | (HexValue(At(position + 2)) << 4) | HexValue(At(position + 3));

    private static int HexValue(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    private static bool IsScalarValue(int code) => code is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    private readonly int CodePointLength(int position)
    {
        if (position >= _source.Length)
        {
            return 0;
        }

        Rune.DecodeFromUtf8(_source[position..], out _, out var consumed);
        return consumed;
    }

    private readonly string Slice(int start, int end) => Encoding.UTF8.GetString(_source[start..Math.Min(end, _source.Length)]);
}
