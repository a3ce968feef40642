using Serverless.GraphQL.Diagnostics;
using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Types;

/// <summary>
/// Coerces a literal to an input type (§3.5–§3.12 Input Coercion, §6.4.2 CoerceArgumentValues). Variables are looked
/// up in already-coerced variable values; a variable without a value counts as "not provided".
/// </summary>
internal sealed class LiteralCoercer(IReadOnlyDictionary<string, object?>? variables)
{
    private readonly List<object> _path = [];

    public object? Coerce(ValueNode literal, GraphQLType type)
    {
        if (literal is VariableNode variable)
        {
            if (!TryGetVariable(variable, out var value))
            {
                throw Fail($"Expected variable \"${variable.Name.Value}\" provided to type \"{type}\" to provide a runtime value.");
            }

            return value is null && type is NonNullType
                ? throw Fail($"Expected variable \"${variable.Name.Value}\" provided to non-null type \"{type}\" not to be null.")
                : value;
        }

        if (type is NonNullType nonNull)
        {
            return literal is NullValueNode
                ? throw Fail($"Expected value of non-null type \"{type}\" not to be null.")
                : Coerce(literal, nonNull.OfType);
        }

        if (literal is NullValueNode)
        {
            return null;
        }

        return type switch
        {
            ListType list => CoerceList(literal, list),
            InputObjectType input => CoerceObject(literal, input),
            _ => LeafCoercion.ParseLiteral(type.Named, literal, variables, [.. _path]),
        };
    }

    private object?[] CoerceList(ValueNode literal, ListType list)
    {
        // §3.11 Input Coercion: a single value where a list is expected becomes a list of one.
        if (literal is not ListValueNode listNode)
        {
            return [Coerce(literal, list.OfType)];
        }

        var items = new object?[listNode.Values.Count];
        for (var i = 0; i < items.Length; i++)
        {
            _path.Add(i);
            var item = listNode.Values[i];
            items[i] = item is VariableNode missing && !TryGetVariable(missing, out _) && list.OfType is not NonNullType
                ? null
                : Coerce(item, list.OfType);
            _path.RemoveAt(_path.Count - 1);
        }

        return items;
    }

    private Dictionary<string, object?> CoerceObject(ValueNode literal, InputObjectType type)
    {
        if (literal is not ObjectValueNode objectNode)
        {
            throw Fail($"Expected value of type \"{type}\" to be an object, found: {Printer.Print(literal)}.");
        }

        var given = new Dictionary<string, ValueNode>(StringComparer.Ordinal);
        foreach (var fieldNode in objectNode.Fields)
        {
            if (type.GetField(fieldNode.Name.Value) is null)
            {
                throw Fail($"Expected value of type \"{type}\" not to include unknown field \"{fieldNode.Name.Value}\"{UnknownFieldHint(type, fieldNode.Name.Value)}: {Printer.Print(literal)}.");
            }

            given[fieldNode.Name.Value] = fieldNode.Value;
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            var provided = given.TryGetValue(field.Name, out var fieldLiteral)
                && (fieldLiteral is not VariableNode variable || TryGetVariable(variable, out _));
            if (!provided)
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = field.DefaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    throw Fail($"Expected value of type \"{type}\" to include required field \"{field.Name}\", found: {Printer.Print(literal)}.");
                }

                continue;
            }

            _path.Add(field.Name);
            result[field.Name] = Coerce(fieldLiteral!, field.Type);
            _path.RemoveAt(_path.Count - 1);
        }

        // §3.10.1 OneOf Input Objects: exactly one field, and its value is not null (a null reported at the field's
        // path, as graphql-js does).
        if (type.IsOneOf && result.Count != 1)
        {
            throw Fail(InputValueCoercer.OneOfMessage(type));
        }

        if (type.IsOneOf && result.Single() is { Value: null } nullField)
        {
            _path.Add(nullField.Key);
            var failure = Fail(InputValueCoercer.OneOfMessage(type));
            _path.RemoveAt(_path.Count - 1);
            throw failure;
        }

        return result;
    }

    /// <summary>graphql-js wording: ". Did you mean "x"? Found" with suggestions, ", found" without.</summary>
    internal static string UnknownFieldHint(InputObjectType type, string name)
    {
        var suggestion = Suggestions.DidYouMean(
            Suggestions.Rank(name, type.Fields.Select(field => field.Name)));
        return suggestion.Length > 0 ? $".{suggestion} Found" : ", found";
    }

    private bool TryGetVariable(VariableNode variable, out object? value)
    {
        value = null;
        return variables is not null && variables.TryGetValue(variable.Name.Value, out value);
    }

    private CoercionException Fail(string message) => new(message) { ValuePath = [.. _path] };
}
