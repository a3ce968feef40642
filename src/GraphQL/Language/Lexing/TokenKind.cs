namespace Serverless.GraphQL.Language;

/// <summary>The lexical tokens of §2.1.6 (punctuators, names, numbers, strings) plus end of input.</summary>
public enum TokenKind
{
    EndOfFile,
    Bang,
    Dollar,
    Ampersand,
    LeftParenthesis,
    RightParenthesis,
    Spread,
    Colon,
    EqualsSign,
    At,
    LeftBracket,
    RightBracket,
    LeftBrace,
    Pipe,
    RightBrace,
    Name,
    Int,
    Float,
    String,
    BlockString,
}
