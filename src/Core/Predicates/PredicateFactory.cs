using Serverless.Bson;

namespace Serverless.Core.Predicates;

/// <summary>Turns a predicate call into its node, checking parameter names and counts (§11).</summary>
internal static class PredicateFactory
{
    public static TypePredicate Create(string name, PredicateArguments arguments) => name switch
    {
        "field-exists" => FieldExists(arguments),
        "field-eq" => FieldEquals(arguments),
        "value-eq" => ValueEquals(arguments),
        _ => throw new PredicateSyntaxException($"unknown predicate '{name}'"),
    };

    private static FieldExistsPredicate FieldExists(PredicateArguments arguments)
    {
        Allow(arguments, "field-exists", "fields");
        var fields = arguments.Get("fields", isDefault: true);
        if (fields is null || fields.Count == 0)
        {
            throw new PredicateSyntaxException("field-exists needs at least one field");
        }

        return new FieldExistsPredicate(fields.Select(PredicatePath.Parse).ToList());
    }

    private static FieldEqualsPredicate FieldEquals(PredicateArguments arguments)
    {
        Allow(arguments, "field-eq", "field", "value");
        if (arguments.Positional.Count > 0)
        {
            throw new PredicateSyntaxException("field-eq takes named parameters field= and value=");
        }

        var field = Single(arguments.Get("field", isDefault: false), "field-eq", "field");
        var value = Single(arguments.Get("value", isDefault: false), "field-eq", "value");
        return new FieldEqualsPredicate(PredicatePath.Parse(field), ParseJson(value));
    }

    private static ValueEqualsPredicate ValueEquals(PredicateArguments arguments)
    {
        Allow(arguments, "value-eq", "value");
        return new ValueEqualsPredicate(ParseJson(Single(arguments.Get("value", isDefault: true), "value-eq", "value")));
    }

    private static void Allow(PredicateArguments arguments, string predicate, params string[] names)
    {
        foreach (var name in arguments.Named.Keys.Where(name => !names.Contains(name)))
        {
            throw new PredicateSyntaxException($"{predicate} has no parameter '{name}'");
        }
    }

    private static string Single(List<string>? values, string predicate, string parameter) =>
        values is [var single] ? single : throw new PredicateSyntaxException($"{predicate} needs exactly one '{parameter}'");

    // The value is (extended) JSON: 1 is Int32, true a boolean, '"s"' a string, '{"$oid":…}' an ObjectId (§11).
    private static BsonValue ParseJson(string json)
    {
        try
        {
            return ExtendedJson.Parse(json);
        }
        catch (BsonException exception)
        {
            throw new PredicateSyntaxException($"value '{json}' is not extended JSON", exception);
        }
    }
}
