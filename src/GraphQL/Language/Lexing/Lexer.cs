using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Serverless.GraphQL.Language;

/// <summary>
/// The GraphQL lexer (§2.1) as a cursor over UTF-8 bytes: <see cref="Read"/> moves to the next token and exposes
/// its kind and byte range. Nothing is allocated per token; string values are decoded only when asked for.
/// Ignored tokens (§2.1.7: whitespace, line terminators, comments, commas, the byte order mark) are skipped.
/// </summary>
public ref partial struct Lexer
{
    private readonly ReadOnlySpan<byte> _source;
    private int _position;

    /// <summary>Starts before the first token.</summary>
    /// <exception cref="GraphQLSyntaxException">The bytes are not well-formed UTF-8 (§2.1: source text is Unicode).</exception>
    public Lexer(ReadOnlySpan<byte> source)
        : this(source, checkUtf8: true)
    {
    }

    private Lexer(ReadOnlySpan<byte> source, bool checkUtf8)
    {
        _source = source;
        if (checkUtf8 && !System.Text.Unicode.Utf8.IsValid(source))
        {
            throw Error(FindInvalidUtf8(source), "Invalid character: the source is not valid UTF-8.");
        }

        Debug.Assert(checkUtf8 || System.Text.Unicode.Utf8.IsValid(source), "the caller vouches for the bytes");
    }

    /// <summary>Starts before the first token of bytes known to be valid UTF-8 (the parser's own encoding of a string).</summary>
    internal static Lexer OverValidUtf8(ReadOnlySpan<byte> source) => new(source, checkUtf8: false);

    /// <summary>The current token's kind; <see cref="TokenKind.EndOfFile"/> before the first <see cref="Read"/>.</summary>
    public TokenKind Kind { get; private set; }

    /// <summary>Byte offset where the current token starts.</summary>
    public int Start { get; private set; }

    /// <summary>Byte offset just after the current token.</summary>
    public int End { get; private set; }

    /// <summary>The current token's bytes: a name or number as written, a string's contents between its quotes.</summary>
    public readonly ReadOnlySpan<byte> Value => Kind switch
    {
        TokenKind.String => _source[(Start + 1)..(End - 1)],
        TokenKind.BlockString => _source[(Start + 3)..(End - 3)],
        _ => _source[Start..End],
    };

    /// <summary>Moves to the next token and returns its kind.</summary>
    /// <exception cref="GraphQLSyntaxException">The next characters form no valid token.</exception>
    public TokenKind Read()
    {
        var position = SkipIgnored(_position);
        Start = position;
        if (position >= _source.Length)
        {
            return Finish(TokenKind.EndOfFile, position);
        }

        var code = _source[position];
        return code switch
        {
            (byte)'!' => Finish(TokenKind.Bang, position + 1),
            (byte)'$' => Finish(TokenKind.Dollar, position + 1),
            (byte)'&' => Finish(TokenKind.Ampersand, position + 1),
            (byte)'(' => Finish(TokenKind.LeftParenthesis, position + 1),
            (byte)')' => Finish(TokenKind.RightParenthesis, position + 1),
            (byte)'.' => Finish(TokenKind.Spread, ReadSpread(position)),
            (byte)':' => Finish(TokenKind.Colon, position + 1),
            (byte)'=' => Finish(TokenKind.EqualsSign, position + 1),
            (byte)'@' => Finish(TokenKind.At, position + 1),
            (byte)'[' => Finish(TokenKind.LeftBracket, position + 1),
            (byte)']' => Finish(TokenKind.RightBracket, position + 1),
            (byte)'{' => Finish(TokenKind.LeftBrace, position + 1),
            (byte)'|' => Finish(TokenKind.Pipe, position + 1),
            (byte)'}' => Finish(TokenKind.RightBrace, position + 1),
            (byte)'"' => IsTripleQuote(position)
                ? Finish(TokenKind.BlockString, ReadBlockString(position))
                : Finish(TokenKind.String, ReadString(position)),
            _ when IsDigit(code) || code == '-' => ReadNumber(position),
            _ when IsNameStart(code) => Finish(TokenKind.Name, ReadName(position)),
            _ => throw UnexpectedCharacter(position),
        };
    }

    /// <summary>Whether the current token is the name <paramref name="keyword"/> (ASCII bytes).</summary>
    public readonly bool IsKeyword(ReadOnlySpan<byte> keyword) => Kind == TokenKind.Name && _source[Start..End].SequenceEqual(keyword);

    /// <summary>
    /// The current token as graphql-js describes it in errors: <c>Name "x"</c>, <c>"{"</c>, <c>&lt;EOF&gt;</c>.
    /// </summary>
    public readonly string Describe() => Kind switch
    {
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Name or TokenKind.Int or TokenKind.Float => $"{DescribeKind(Kind)} \"{Encoding.UTF8.GetString(Value)}\"",
        TokenKind.String or TokenKind.BlockString => $"{DescribeKind(Kind)} \"{StringValue()}\"",
        _ => DescribeKind(Kind),
    };

    /// <summary>The name graphql-js gives a token kind in <c>Expected X, found Y</c> messages.</summary>
    public static string DescribeKind(TokenKind kind) => kind switch
    {
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Ampersand => "\"&\"",
        TokenKind.LeftParenthesis => "\"(\"",
        TokenKind.RightParenthesis => "\")\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.EqualsSign => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.LeftBracket => "\"[\"",
        TokenKind.RightBracket => "\"]\"",
        TokenKind.LeftBrace => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.RightBrace => "\"}\"",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown token kind"),
    };

    /// <summary>A syntax error at a byte offset of this source, with its line and column.</summary>
    internal readonly GraphQLSyntaxException Error(int position, string description)
    {
        var (line, column) = SourceText.LineAndColumn(_source, position);
        return new GraphQLSyntaxException(description, position, line, column);
    }

    /// <summary>A limit breach at a byte offset of this source.</summary>
    internal readonly ParserLimitException LimitError(ParserLimit limit, int maximum, int position, string description)
    {
        var (line, column) = SourceText.LineAndColumn(_source, position);
        return new ParserLimitException(limit, maximum, description, position, line, column);
    }

    internal static bool IsDigit(int code) => code is >= '0' and <= '9';

    // §2.1.9 NameStart: Letter or underscore.
    internal static bool IsNameStart(int code) => code is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or '_';

    internal static bool IsNameContinue(int code) => IsNameStart(code) || IsDigit(code);

    private TokenKind Finish(TokenKind kind, int end)
    {
        Kind = kind;
        End = end;
        _position = end;
        return kind;
    }

    private readonly int SkipIgnored(int position)
    {
        var source = _source;
        while (position < source.Length)
        {
            switch (source[position])
            {
                // §2.1.7 Ignored: whitespace, line terminators and commas are insignificant.
                case (byte)' ' or (byte)'\t' or (byte)',' or (byte)'\n' or (byte)'\r':
                    position++;
                    break;

                // §2.1.1 UnicodeBOM (U+FEFF, EF BB BF in UTF-8) is ignored anywhere.
                case 0xEF when position + 2 < source.Length && source[position + 1] == 0xBB && source[position + 2] == 0xBF:
                    position += 3;
                    break;

                // §2.1.4 Comment: from # to the end of the line.
                case (byte)'#':
                    var end = source[position..].IndexOfAny((byte)'\n', (byte)'\r');
                    position = end < 0 ? source.Length : position + end;
                    break;

                default:
                    return position;
            }
        }

        return position;
    }

    private readonly int ReadSpread(int position)
    {
        if (At(position + 1) == '.' && At(position + 2) == '.')
        {
            return position + 3;
        }

        if (At(position + 1) == '.')
        {
            throw Error(position, "Unexpected \"..\", did you mean \"...\"?");
        }

        if (IsDigit(At(position + 1)))
        {
            var end = position + 1;
            while (IsDigit(At(end)))
            {
                end++;
            }

            var digits = Encoding.ASCII.GetString(_source[(position + 1)..end]);
            throw Error(position, $"Invalid number, expected digit before \".\", did you mean \"0.{digits}\"?");
        }

        throw UnexpectedCharacter(position);
    }

    private readonly int ReadName(int position)
    {
        // A table lookup per byte instead of three range tests: names are the most frequent token.
        var source = _source;
        var table = NameContinueTable;
        position++;
        while ((uint)position < (uint)source.Length && table[source[position]] != 0)
        {
            position++;
        }

        return position;
    }

    /// <summary>1 for the §2.1.9 NameContinue bytes (letters, digits, underscore), indexed by byte.</summary>
    private static ReadOnlySpan<byte> NameContinueTable =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 0x00
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, // 0x20: 0-9
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, // 0x40: A-Z _
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, // 0x60: a-z
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 0x80
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];

    // §2.1.10 IntValue / §2.1.11 FloatValue, including their lookahead restrictions: no leading zeros, and a number
    // may not be followed by "." or a NameStart.
    private TokenKind ReadNumber(int start)
    {
        var position = start;
        var isFloat = false;
        if (At(position) == '-')
        {
            position++;
        }

        if (At(position) == '0')
        {
            position++;
            if (IsDigit(At(position)))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {DescribeCodePoint(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position);
        }

        if (At(position) == '.')
        {
            isFloat = true;
            position = ReadDigits(position + 1);
        }

        if (At(position) is 'e' or 'E')
        {
            isFloat = true;
            position++;
            if (At(position) is '+' or '-')
            {
                position++;
            }

            position = ReadDigits(position);
        }

        if (At(position) == '.' || IsNameStart(At(position)))
        {
            throw Error(position, $"Invalid number, expected digit but got: {DescribeCodePoint(position)}.");
        }

        return Finish(isFloat ? TokenKind.Float : TokenKind.Int, position);
    }

    private readonly int ReadDigits(int position)
    {
        if (!IsDigit(At(position)))
        {
            throw Error(position, $"Invalid number, expected digit but got: {DescribeCodePoint(position)}.");
        }

        position++;
        while (IsDigit(At(position)))
        {
            position++;
        }

        return position;
    }

    /// <summary>The byte at a position, or -1 past the end (lookahead never throws).</summary>
    private readonly int At(int position) => position < _source.Length ? _source[position] : -1;

    private readonly bool IsTripleQuote(int position) => At(position + 1) == '"' && At(position + 2) == '"';

    private readonly GraphQLSyntaxException UnexpectedCharacter(int position) =>
        _source[position] == '\''
            ? Error(position, "Unexpected single quote character ('), did you mean to use a double quote (\")?")
            : Error(position, $"Unexpected character: {DescribeCodePoint(position)}.");

    /// <summary>A code point as graphql-js prints it: <c>"x"</c> when printable ASCII, else <c>U+XXXX</c>.</summary>
    private readonly string DescribeCodePoint(int position)
    {
        if (position >= _source.Length)
        {
            return "<EOF>";
        }

        System.Text.Rune.DecodeFromUtf8(_source[position..], out var rune, out _);
        var value = rune.Value;
        if (value is >= 0x20 and <= 0x7E)
        {
            return value == '"' ? "'\"'" : $"\"{(char)value}\"";
        }

        return "U+" + value.ToString("X4", CultureInfo.InvariantCulture);
    }

    private static int FindInvalidUtf8(ReadOnlySpan<byte> source)
    {
        var position = 0;
        while (position < source.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(source[position..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return position;
            }

            position += consumed;
        }

        return position;
    }
}
