namespace Serverless.Core.Predicates;

internal enum PredicateTokenKind
{
    Word,
    Quoted,
    OpenParen,
    CloseParen,
    OpenBrace,
    CloseBrace,
    Comma,
    Equals,
    End,
}
