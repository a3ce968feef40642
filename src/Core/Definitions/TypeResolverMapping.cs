namespace Serverless.Core.Definitions;

/// <summary>
/// <c>$typeResolver</c> of a union or interface (§11): rules evaluated in declaration order, the first true one
/// selects the type (fixes quirk 15, RESTHeart's hash order).
/// </summary>
public sealed record TypeResolverMapping(string AbstractTypeName, IReadOnlyList<TypeResolverRule> Rules);
