using System.Text;

namespace Serverless.Core.Predicates;

/// <summary>
/// Splits predicate text into tokens (§11): bare words run until whitespace or a punctuator; strings are quoted
/// with ' or " and a backslash escapes the next character.
/// </summary>
internal static class PredicateLexer
{
    /// <exception cref="PredicateSyntaxException">An unterminated quoted string.</exception>
    public static List<PredicateToken> Tokenize(string text)
    {
        var tokens = new List<PredicateToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var punctuator = Punctuator(c);
            if (punctuator is { } kind)
            {
                tokens.Add(new PredicateToken(kind, c.ToString(), i));
                i++;
            }
            else if (c is '\'' or '"')
            {
                i = ReadQuoted(text, i, tokens);
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && Punctuator(text[i]) is null && text[i] is not ('\'' or '"'))
                {
                    i++;
                }

                tokens.Add(new PredicateToken(PredicateTokenKind.Word, text[start..i], start));
            }
        }

        tokens.Add(new PredicateToken(PredicateTokenKind.End, string.Empty, text.Length));
        return tokens;
    }

    private static int ReadQuoted(string text, int start, List<PredicateToken> tokens)
    {
        var quote = text[start];
        var builder = new StringBuilder();
        var i = start + 1;
        while (i < text.Length && text[i] != quote)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
            }

            builder.Append(text[i]);
            i++;
        }

        if (i >= text.Length)
        {
            throw new PredicateSyntaxException($"unterminated string starting at {start}");
        }

        tokens.Add(new PredicateToken(PredicateTokenKind.Quoted, builder.ToString(), start));
        return i + 1;
    }

    private static PredicateTokenKind? Punctuator(char c) => c switch
    {
        '(' => PredicateTokenKind.OpenParen,
        ')' => PredicateTokenKind.CloseParen,
        '{' => PredicateTokenKind.OpenBrace,
        '}' => PredicateTokenKind.CloseBrace,
        ',' => PredicateTokenKind.Comma,
        '=' => PredicateTokenKind.Equals,
        _ => null,
    };
}
