using System.Text;

namespace Serverless.GraphQL.Language;

/// <summary>
/// Recursive-descent parser for GraphQL documents (spec §2 and §3), one method per grammar production, split
/// by grammar area over the partial files. Entry points: <see cref="Parse(string, ParserOptions?)"/>,
/// <see cref="ParseValue(string, ParserOptions?)"/> and <see cref="ParseType(string, ParserOptions?)"/>.
/// </summary>
public ref partial struct Parser
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly SourceText _text;
    private readonly ParserOptions _options;
    private readonly NameTable _names;
    private readonly List<SyntaxNode> _scratch;
    private readonly ParserScratch _reusable;
    private Lexer _lexer;
    private int _tokenCount;
    private int _depth;
    private int _lastEnd;

    /// <summary>
    /// The name table and scratch stack of the thread's last finished parse, taken by the next parse on the same
    /// thread so a small request document does not allocate them again. A parse that throws never gives them back.
    /// </summary>
    [ThreadStatic]
    private static ParserScratch? t_reusable;

    private Parser(ReadOnlySpan<byte> source, SourceText text, ParserOptions options, bool validUtf8 = false)
    {
        _text = text;
        _options = options;
        var reusable = t_reusable;
        if (reusable is not null)
        {
            t_reusable = null;
            reusable.Names.Reset(source.Length);
            reusable.Nodes.Clear();
        }
        else
        {
            reusable = new ParserScratch(source.Length);
        }

        _reusable = reusable;
        _names = reusable.Names;
        _scratch = reusable.Nodes;
        _lexer = validUtf8 ? Lexer.OverValidUtf8(source) : new Lexer(source);
        Advance();
    }

    /// <summary>Parses a document (§2.2 Document).</summary>
    /// <exception cref="GraphQLSyntaxException">The text is not a document; <see cref="ParserLimitException"/> on a limit breach.</exception>
    public static DocumentNode Parse(string source, ParserOptions? options = null)
    {
        options ??= ParserOptions.Default;
        var text = SourceText.FromOwnedArray(Encode(source, options));
        CheckSourceLength(text.Utf8.Span, options);

        // The strict encoder produced the bytes, so they are valid UTF-8 without checking again.
        var parser = new Parser(text.Utf8.Span, text, options, validUtf8: true);
        return parser.Finish(parser.ParseDocument());
    }

    /// <summary>Parses a UTF-8 document (§2.2 Document).</summary>
    /// <exception cref="GraphQLSyntaxException">The text is not a document; <see cref="ParserLimitException"/> on a limit breach.</exception>
    public static DocumentNode Parse(ReadOnlySpan<byte> utf8, ParserOptions? options = null)
    {
        options ??= ParserOptions.Default;
        CheckSourceLength(utf8, options);
        var text = new SourceText(utf8);
        var parser = new Parser(text.Utf8.Span, text, options);
        return parser.Finish(parser.ParseDocument());
    }

    /// <summary>
    /// Parses a UTF-8 document whose array the caller hands over and never changes again: the syntax tree's
    /// <see cref="SourceText"/> keeps it instead of a copy (the document cache keeps the same bytes for its key).
    /// </summary>
    internal static DocumentNode ParseOwned(byte[] utf8, ParserOptions options)
    {
        CheckSourceLength(utf8, options);
        var text = SourceText.FromOwnedArray(utf8);
        var parser = new Parser(text.Utf8.Span, text, options);
        return parser.Finish(parser.ParseDocument());
    }

    /// <summary>Parses one value literal (§2.9 Value, variables allowed), as graphql-js <c>parseValue</c>.</summary>
    /// <exception cref="GraphQLSyntaxException">The text is not exactly one value.</exception>
    public static ValueNode ParseValue(string source, ParserOptions? options = null) =>
        ParseValue(Encode(source, options ?? ParserOptions.Default), options);

    /// <summary>Parses one UTF-8 value literal (§2.9 Value, variables allowed).</summary>
    /// <exception cref="GraphQLSyntaxException">The text is not exactly one value.</exception>
    public static ValueNode ParseValue(ReadOnlySpan<byte> utf8, ParserOptions? options = null)
    {
        options ??= ParserOptions.Default;
        CheckSourceLength(utf8, options);
        var text = new SourceText(utf8);
        var parser = new Parser(text.Utf8.Span, text, options);
        var value = parser.ParseValueLiteral(isConst: false);
        parser.Expect(TokenKind.EndOfFile);
        return parser.Finish(value);
    }

    /// <summary>Parses one type reference (§2.11 Type), as graphql-js <c>parseType</c>.</summary>
    /// <exception cref="GraphQLSyntaxException">The text is not exactly one type reference.</exception>
    public static TypeNode ParseType(string source, ParserOptions? options = null) =>
        ParseType(Encode(source, options ?? ParserOptions.Default), options);

    /// <summary>Parses one UTF-8 type reference (§2.11 Type).</summary>
    /// <exception cref="GraphQLSyntaxException">The text is not exactly one type reference.</exception>
    public static TypeNode ParseType(ReadOnlySpan<byte> utf8, ParserOptions? options = null)
    {
        options ??= ParserOptions.Default;
        CheckSourceLength(utf8, options);
        var text = new SourceText(utf8);
        var parser = new Parser(text.Utf8.Span, text, options);
        var type = parser.ParseTypeReference();
        parser.Expect(TokenKind.EndOfFile);
        return parser.Finish(type);
    }

    /// <summary>Hands the scratch memory back to the thread for its next parse and returns the parse's result.</summary>
    private readonly T Finish<T>(T result)
    {
        // The list productions leave the stack empty on success, so nothing of this tree stays reachable from it.
        t_reusable = _reusable;
        return result;
    }

    private static byte[] Encode(string source, ParserOptions options)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (options.MaxSourceLength is { } max && source.Length > max * 3L)
        {
            // Every char is at most three UTF-8 bytes: a far oversized string is refused before encoding it.
            throw new ParserLimitException(ParserLimit.MaxSourceLength, max, SourceTooLong(max), max, 0, 0);
        }

        try
        {
            // Counting first lets the array skip zeroing (every byte is overwritten); a schema-sized source is a
            // large-object-heap array, where zeroing is a full extra pass.
            var utf8 = GC.AllocateUninitializedArray<byte>(StrictUtf8.GetByteCount(source));
            StrictUtf8.GetBytes(source, utf8);
            return utf8;
        }
        catch (EncoderFallbackException error)
        {
            // A lone surrogate in a .NET string is no Unicode scalar value (§2.1 SourceCharacter).
            throw new GraphQLSyntaxException($"Invalid character: U+{(int)error.CharUnknown:X4}.", error);
        }
    }

    private static void CheckSourceLength(ReadOnlySpan<byte> utf8, ParserOptions options)
    {
        if (options.MaxSourceLength is { } max && utf8.Length > max)
        {
            var (line, column) = SourceText.LineAndColumn(utf8, max);
            throw new ParserLimitException(ParserLimit.MaxSourceLength, max, SourceTooLong(max), max, line, column);
        }
    }

    private static string SourceTooLong(int max) => $"Source contains more than {max} bytes. Parsing aborted.";

    // §2.2 Document: Definition+
    private DocumentNode ParseDocument()
    {
        var start = _lexer.Start;
        var definitionsMark = _scratch.Count;
        do
        {
            _scratch.Add(ParseDefinition());
        }
        while (!Skip(TokenKind.EndOfFile));

        return new DocumentNode(Loc(start), PopArray<DefinitionNode>(definitionsMark));
    }

    // §2.2 Definition: ExecutableDefinition | TypeSystemDefinitionOrExtension. Descriptions may precede
    // operations, fragments and type-system definitions, but not the shorthand query or extensions.
    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.LeftBrace))
        {
            return ParseOperationDefinition();
        }

        var hasDescription = PeekDescription();
        var keyword = _lexer;
        if (hasDescription)
        {
            keyword.Read();
            if (keyword.Kind == TokenKind.LeftBrace)
            {
                throw _lexer.Error(_lexer.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
            }
        }

        if (keyword.Kind == TokenKind.Name)
        {
            if (TryParseTypeSystemDefinition(keyword, out var definition))
            {
                return definition;
            }

            if (keyword.IsKeyword("query"u8) || keyword.IsKeyword("mutation"u8) || keyword.IsKeyword("subscription"u8))
            {
                return ParseOperationDefinition();
            }

            if (keyword.IsKeyword("fragment"u8))
            {
                return ParseFragmentDefinition();
            }

            if (hasDescription)
            {
                throw _lexer.Error(_lexer.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            }

            if (keyword.IsKeyword("extend"u8))
            {
                return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keyword);
    }
}
