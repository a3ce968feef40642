namespace Serverless.Core.Predicates;

/// <summary>One lexical unit of a predicate: a bare word, a quoted string (unescaped) or a punctuator.</summary>
internal readonly record struct PredicateToken(PredicateTokenKind Kind, string Text, int Position);
