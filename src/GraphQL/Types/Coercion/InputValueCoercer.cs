using System.Collections;
using System.Text.Json;

namespace Serverless.GraphQL.Types;

/// <summary>
/// Coerces an external (variable) value given in the neutral JSON-like model to an input type
/// (§6.4.1 CoerceVariableValues with §3.5–§3.12 Input Coercion).
/// </summary>
internal sealed class InputValueCoercer
{
    private readonly List<object> _path = [];

    public object? Coerce(object? value, GraphQLType type)
    {
        if (value is JsonElement json)
        {
            value = JsonInput.ToNeutral(json);
        }

        if (type is NonNullType nonNull)
        {
            return value is null
                ? throw Fail($"Expected value of non-null type \"{type}\" not to be null.")
                : Coerce(value, nonNull.OfType);
        }

        if (value is null)
        {
            return null;
        }

        return type switch
        {
            ListType list => CoerceList(value, list),
            InputObjectType input => CoerceObject(value, input),
            _ => LeafCoercion.ParseValue(type.Named, value, [.. _path]),
        };
    }

    private object?[] CoerceList(object value, ListType list)
    {
        if (value is string || value is IReadOnlyDictionary<string, object?> || value is not IEnumerable items)
        {
            // §3.11 Input Coercion: a single value where a list is expected becomes a list of one.
            return [Coerce(value, list.OfType)];
        }

        var result = new List<object?>();
        foreach (var item in items)
        {
            _path.Add(result.Count);
            result.Add(Coerce(item, list.OfType));
            _path.RemoveAt(_path.Count - 1);
        }

        return [.. result];
    }

    private Dictionary<string, object?> CoerceObject(object value, InputObjectType type)
    {
        if (value is not IReadOnlyDictionary<string, object?> given)
        {
            throw Fail($"Expected value of type \"{type}\" to be an object, found: {ValueInspector.Inspect(value)}.");
        }

        foreach (var name in given.Keys)
        {
            if (type.GetField(name) is null)
            {
                throw Fail($"Expected value of type \"{type}\" not to include unknown field \"{name}\"{LiteralCoercer.UnknownFieldHint(type, name)}: {ValueInspector.Inspect(value)}.");
            }
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!given.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = field.DefaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    throw Fail($"Expected value of type \"{type}\" to include required field \"{field.Name}\", found: {ValueInspector.Inspect(value)}.");
                }

                continue;
            }

            _path.Add(field.Name);
            result[field.Name] = Coerce(fieldValue, field.Type);
            _path.RemoveAt(_path.Count - 1);
        }

        // §3.10.1 OneOf Input Objects: exactly one field, and its value is not null. graphql-js reports a null value at
        // the field's path ("at .field") and a wrong field count at the object's.
        if (type.IsOneOf && (given.Count != 1 || result.Values.Single() is null))
        {
            var nullField = given.Count == 1 ? given.Keys.Single() : null;
            throw Fail(OneOfMessage(type), nullField);
        }

        return result;
    }

    internal static string OneOfMessage(InputObjectType type) =>
        $"Within OneOf Input Object type \"{type}\", exactly one field must be specified, and the value for that field must be non-null.";

    private CoercionException Fail(string message, string? field = null) =>
        new(message) { ValuePath = field is null ? [.. _path] : [.. _path, field] };
}
