using Serverless.Bson;
using Serverless.Core.Predicates;
using Serverless.GraphQL.Types;

namespace Serverless.Core.Definitions;

/// <summary>Checks 6 (unions) and 7 (interfaces) of §2.5, with RESTHeart's messages in its order.</summary>
internal static class TypeResolverReader
{
    public static TypeResolverMapping Read(Schema schema, NamedType abstractType, BsonValue? mapping)
    {
        var (kind, coverage) = abstractType is UnionType
            ? ("union", "does not map all union members")
            : ("interface", "does not map all objects implementing it");
        var name = abstractType.Name;
        if (mapping is not BsonDocument document)
        {
            throw new DefinitionException($"Missing mappings for {kind} {name}");
        }

        var resolverValue = document.GetValueOrDefault("$typeResolver")
            ?? throw new DefinitionException($"Missing $typeResolver for {kind} {name}");
        if (resolverValue is not BsonDocument resolver)
        {
            throw new DefinitionException($"Wrong mappings for {kind} {name}: the $typeResolver is not an Object");
        }

        var rules = new List<TypeResolverRule>(resolver.Count);
        foreach (var (typeName, predicateValue) in resolver)
        {
            rules.Add(new TypeResolverRule(typeName, PredicateText(predicateValue), ParsePredicate(PredicateText(predicateValue))));
        }

        // Extra keys that are not members are not rejected (§2.5).
        if (schema.GetPossibleTypes(abstractType).Any(member => rules.All(rule => rule.TypeName != member.Name)))
        {
            throw new DefinitionException($"$typeResolver for {kind} {name} {coverage}");
        }

        return new TypeResolverMapping(name, rules);
    }

    private static string PredicateText(BsonValue value) => value switch
    {
        BsonNull => throw new DefinitionException("null $typeResolver predicate"),
        BsonString text => text.Value,
        _ => throw new DefinitionException($"$typeResolver predicate is not a String: {value}"),
    };

    private static TypePredicate ParsePredicate(string text) =>
        PredicateParser.TryParse(text, out var predicate, out _)
            ? predicate!
            : throw new DefinitionException($"error parsing $typeResolver predicate: {text}");
}
