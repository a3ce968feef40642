using Serverless.Core.Predicates;

namespace Serverless.Core.Definitions;

/// <summary>One <c>"ConcreteType": "predicate"</c> entry of a <c>$typeResolver</c>.</summary>
public sealed record TypeResolverRule(string TypeName, string PredicateText, TypePredicate Predicate);
