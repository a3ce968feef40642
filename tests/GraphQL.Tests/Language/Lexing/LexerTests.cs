using System.Text;
using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Tests.Language.Lexing;

public sealed class LexerTests
{
    public static TheoryData<string, string> TokenTable => new()
    {
        // source, expected tokens as "Kind:text" separated by spaces (text = raw bytes, or decoded value for strings)
        { "{ } ( ) [ ] : = @ ! $ & | ...", "LeftBrace:{ RightBrace:} LeftParenthesis:( RightParenthesis:) LeftBracket:[ RightBracket:] Colon:: EqualsSign:= At:@ Bang:! Dollar:$ Ampersand:& Pipe:| Spread:..." },
        { "name _under score9 __typename", "Name:name Name:_under Name:score9 Name:__typename" },
        { "0 -0 123 -45", "Int:0 Int:-0 Int:123 Int:-45" },
        { "1.5 -0.25 1e10 1E-3 2.5e+7", "Float:1.5 Float:-0.25 Float:1e10 Float:1E-3 Float:2.5e+7" },
        { "a,b,,c", "Name:a Name:b Name:c" },
        { "# only a comment\n a # trailing\r\n b", "Name:a Name:b" },
        { "\uFEFFquery", "Name:query" },
        { "a\tb\rc", "Name:a Name:b Name:c" },
    };

    public static TheoryData<string, string> StringTable => new()
    {
        // source, decoded value
        { "\"simple\"", "simple" },
        { "\"\"", string.Empty },
        { "\"esc \\\" \\\\ \\/ \\b \\f \\n \\r \\t\"", "esc \" \\ / \b \f \n \r \t" },
        { "\"\\u0041\\u00e9\"", "Aé" },
        { "\"\\u{1F600}\"", "\U0001F600" },
        { "\"\\u{41}\"", "A" },
        { "\"\\uD83D\\uDE00\"", "\U0001F600" },
        { "\"unicode ☃ 😀\"", "unicode ☃ 😀" },
        { "\"\"\"block\"\"\"", "block" },
        { "\"\"\"\n    indented\n      more\n    back\n  \"\"\"", "indented\n  more\nback" },
        { "\"\"\"  first line keeps\n    rest\"\"\"", "  first line keeps\nrest" },
        { "\"\"\"escaped \\\"\"\" quotes\"\"\"", "escaped \"\"\" quotes" },
        { "\"\"\"no \\n escapes\"\"\"", "no \\n escapes" },
        { "\"\"\"\r\n  crlf\r\n  lines\r\n\"\"\"", "crlf\nlines" },
        { "\"\"\"\n\n   \n\"\"\"", string.Empty },
    };

    public static TheoryData<string, string, int, int> ErrorTable => new()
    {
        // source, message, line, column
        { "\"abc", "Syntax Error: Unterminated string.", 1, 5 },
        { "\"abc\ndef\"", "Syntax Error: Unterminated string.", 1, 5 },
        { "\"\"\"abc", "Syntax Error: Unterminated string.", 1, 7 },
        { "\"\\x\"", "Syntax Error: Invalid character escape sequence: \"\\x\".", 1, 2 },
        { "\"\\uD83D\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 2 },
        { "\"\\uDE00\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uDE00\".", 1, 2 },
        { "\"\\uD83D\\u0041\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 2 },
        { "\"\\u{D800}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{D800}\".", 1, 2 },
        { "\"\\u{}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".", 1, 2 },
        { "\"\\uXYZW\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uXYZW\".", 1, 2 },
        { "012", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 1, 2 },
        { "1.", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 3 },
        { "1.a", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 3 },
        { "1e", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 3 },
        { "123abc", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 4 },
        { "1.5.5", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 4 },
        { "-x", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 2 },
        { ".5", "Syntax Error: Invalid number, expected digit before \".\", did you mean \"0.5\"?", 1, 1 },
        { "..", "Syntax Error: Unexpected \"..\", did you mean \"...\"?", 1, 1 },
        { "'a'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1 },
        { "\n  ?", "Syntax Error: Unexpected character: \"?\".", 2, 3 },
        { "\u00e9", "Syntax Error: Unexpected character: U+00E9.", 1, 1 },
        { "\u0007", "Syntax Error: Unexpected character: U+0007.", 1, 1 },
    };

    [Theory]
    [MemberData(nameof(TokenTable))]
    public void Read_yields_tokens_in_order_skipping_ignored_ones(string source, string expected)
    {
        Tokens(source).ShouldBe(expected);
    }

    [Theory]
    [MemberData(nameof(StringTable))]
    public void StringValue_decodes_escapes_and_block_indentation(string source, string expected)
    {
        var bytes = Encoding.UTF8.GetBytes(source);
        var lexer = new Lexer(bytes);
        lexer.Read().ShouldBeOneOf(TokenKind.String, TokenKind.BlockString);
        var value = lexer.StringValue();
        lexer.Read().ShouldBe(TokenKind.EndOfFile);
        value.ShouldBe(expected);
    }

    [Theory]
    [MemberData(nameof(ErrorTable))]
    public void Read_rejects_malformed_tokens_with_graphql_js_messages(string source, string message, int line, int column)
    {
        var error = Should.Throw<GraphQLSyntaxException>(() => Tokens(source));
        error.Message.ShouldBe(message);
        (error.Line, error.Column).ShouldBe((line, column));
    }

    [Fact]
    public void Read_reports_token_offsets_in_utf8_bytes()
    {
        var bytes = Encoding.UTF8.GetBytes("\"é\" abc");
        var lexer = new Lexer(bytes);
        lexer.Read();
        (lexer.Start, lexer.End).ShouldBe((0, 4));
        lexer.Read();
        (lexer.Start, lexer.End).ShouldBe((5, 8));
    }

    [Fact]
    public void Lexer_rejects_invalid_utf8()
    {
        byte[] bytes = [(byte)'a', 0xC3, (byte)'b'];
        var error = Should.Throw<GraphQLSyntaxException>(() =>
        {
            var lexer = new Lexer(bytes);
            lexer.Read();
        });
        error.Position.ShouldBe(1);
    }

    [Fact]
    public void Read_stays_at_end_of_file()
    {
        var lexer = new Lexer("a"u8);
        lexer.Read().ShouldBe(TokenKind.Name);
        lexer.Read().ShouldBe(TokenKind.EndOfFile);
        lexer.Read().ShouldBe(TokenKind.EndOfFile);
    }

    private static string Tokens(string source)
    {
        var bytes = Encoding.UTF8.GetBytes(source);
        var lexer = new Lexer(bytes);
        var tokens = new List<string>();
        while (lexer.Read() != TokenKind.EndOfFile)
        {
            tokens.Add($"{lexer.Kind}:{Encoding.UTF8.GetString(lexer.Value)}");
        }

        return string.Join(' ', tokens);
    }
}
