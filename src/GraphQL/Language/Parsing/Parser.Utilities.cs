using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Serverless.GraphQL.Language;

/// <summary>Token handling shared by every production: expect/skip, limits, locations and errors.</summary>
public ref partial struct Parser
{
    private readonly bool Peek(TokenKind kind) => _lexer.Kind == kind;

    private readonly bool PeekDescription() => _lexer.Kind is TokenKind.String or TokenKind.BlockString;

    /// <summary>Moves to the next token, enforcing <see cref="ParserOptions.MaxTokens"/>.</summary>
    private void Advance()
    {
        _lastEnd = _lexer.End;
        if (_lexer.Read() != TokenKind.EndOfFile && _options.MaxTokens is { } max && ++_tokenCount > max)
        {
            throw _lexer.LimitError(ParserLimit.MaxTokens, max, _lexer.Start, $"Document contains more than {max} tokens. Parsing aborted.");
        }
    }

    private void Expect(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            throw _lexer.Error(_lexer.Start, $"Expected {Lexer.DescribeKind(kind)}, found {_lexer.Describe()}.");
        }

        Advance();
    }

    private bool Skip(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void ExpectKeyword(ReadOnlySpan<byte> keyword, string text)
    {
        if (!_lexer.IsKeyword(keyword))
        {
            throw _lexer.Error(_lexer.Start, $"Expected \"{text}\", found {_lexer.Describe()}.");
        }

        Advance();
    }

    private bool SkipKeyword(ReadOnlySpan<byte> keyword)
    {
        if (!_lexer.IsKeyword(keyword))
        {
            return false;
        }

        Advance();
        return true;
    }

    private readonly GraphQLSyntaxException Unexpected() => Unexpected(_lexer);

    private static GraphQLSyntaxException Unexpected(in Lexer token) => token.Error(token.Start, $"Unexpected {token.Describe()}.");

    /// <summary>The location from a start offset to the end of the last consumed token.</summary>
    private readonly Location Loc(int start) => new(_text, start, _lastEnd, trusted: true);

    // §2.1.9 Name
    private NameNode ParseName()
    {
        if (_lexer.Kind != TokenKind.Name)
        {
            throw _lexer.Error(_lexer.Start, $"Expected Name, found {_lexer.Describe()}.");
        }

        var start = _lexer.Start;
        var value = _names.Get(_lexer.Value);
        Advance();
        return new NameNode(Loc(start), value);
    }

    /// <summary>Enters one level of nesting, enforcing <see cref="ParserOptions.MaxDepth"/>.</summary>
    private void Enter()
    {
        if (++_depth > _options.MaxDepth)
        {
            throw _lexer.LimitError(
                ParserLimit.MaxDepth,
                _options.MaxDepth,
                _lexer.Start,
                $"Document exceeds the maximum nesting depth of {_options.MaxDepth}. Parsing aborted.");
        }
    }

    private void Exit() => _depth--;

    /// <summary>
    /// Moves the nodes pushed on the scratch stack since <paramref name="mark"/> into an exact-size array. Lists
    /// nest strictly (an item is pushed only once fully parsed), so one stack serves every list of the document
    /// and each list costs a single allocation.
    /// </summary>
    private readonly T[] PopArray<T>(int mark)
        where T : SyntaxNode
    {
        var count = _scratch.Count - mark;
        if (count == 0)
        {
            return [];
        }

        // The array is exactly T[] (made here), so writing through its data reference skips the covariant store
        // check, which with the cast the profile of small documents showed at about 7% of a parse. The cast stays:
        // it is cheap and keeps a parser bug from ever storing a node of the wrong type (memory safety first).
        var items = CollectionsMarshal.AsSpan(_scratch).Slice(mark, count);
        var array = new T[count];
        ref var first = ref MemoryMarshal.GetArrayDataReference(array);
        for (var i = 0; i < items.Length; i++)
        {
            Unsafe.Add(ref first, i) = (T)items[i];
        }

        _scratch.RemoveRange(mark, count);
        return array;
    }
}
