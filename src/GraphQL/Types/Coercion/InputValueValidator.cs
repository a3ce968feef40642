using System.Collections;
using System.Text.Json;

namespace Serverless.GraphQL.Types;

/// <summary>
/// Lists every reason an external (variable) value does not coerce to an input type, in graphql-js 17
/// <c>validateInputValue</c> order, each with its <see cref="CoercionException.ValuePath"/>. <see cref="InputValueCoercer"/>
/// stops at the first failure (the fast path); this runs only after it failed, so a response reports each bad list item
/// and field of a variable as graphql-js does (§6.1.2 CoerceVariableValues leaves the number of errors open).
/// </summary>
internal sealed class InputValueValidator
{
    private readonly List<object> _path = [];
    private readonly List<CoercionException> _errors = [];

    public static IReadOnlyList<CoercionException> Validate(object? value, GraphQLType type)
    {
        var validator = new InputValueValidator();
        validator.Visit(value, type);
        return validator._errors;
    }

    private void Visit(object? value, GraphQLType type)
    {
        if (value is JsonElement json)
        {
            value = JsonInput.ToNeutral(json);
        }

        if (type is NonNullType nonNull)
        {
            if (value is null)
            {
                Report($"Expected value of non-null type \"{type}\" not to be null.");
                return;
            }

            Visit(value, nonNull.OfType);
            return;
        }

        switch (value)
        {
            case null:
                return;
            case var _ when type is ListType list:
                VisitList(value, list);
                return;
            case var _ when type is InputObjectType input:
                VisitObject(value, input);
                return;
            default:
                try
                {
                    LeafCoercion.ParseValue(type.Named, value, [.. _path]);
                }
                catch (CoercionException error)
                {
                    _errors.Add(error);
                }

                return;
        }
    }

    private void VisitList(object value, ListType list)
    {
        if (value is string || value is IReadOnlyDictionary<string, object?> || value is not IEnumerable items)
        {
            Visit(value, list.OfType);
            return;
        }

        var index = 0;
        foreach (var item in items)
        {
            _path.Add(index++);
            Visit(item, list.OfType);
            _path.RemoveAt(_path.Count - 1);
        }
    }

    private void VisitObject(object value, InputObjectType type)
    {
        if (value is not IReadOnlyDictionary<string, object?> given)
        {
            Report($"Expected value of type \"{type}\" to be an object, found: {ValueInspector.Inspect(value)}.");
            return;
        }

        // graphql-js order: the fields in definition order (missing required ones, then each value), unknown names, @oneOf.
        foreach (var field in type.Fields)
        {
            if (!given.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.IsRequired)
                {
                    Report($"Expected value of type \"{type}\" to include required field \"{field.Name}\", found: {ValueInspector.Inspect(value)}.");
                }

                continue;
            }

            _path.Add(field.Name);
            Visit(fieldValue, field.Type);
            _path.RemoveAt(_path.Count - 1);
        }

        var known = new List<string>();
        foreach (var name in given.Keys)
        {
            if (type.GetField(name) is null)
            {
                Report($"Expected value of type \"{type}\" not to include unknown field \"{name}\"{LiteralCoercer.UnknownFieldHint(type, name)}: {ValueInspector.Inspect(value)}.");
            }
            else
            {
                known.Add(name);
            }
        }

        if (type.IsOneOf && known.Count != 1)
        {
            Report(InputValueCoercer.OneOfMessage(type));
        }
        else if (type.IsOneOf && given[known[0]] is null or JsonElement { ValueKind: JsonValueKind.Null })
        {
            _path.Add(known[0]);
            Report(InputValueCoercer.OneOfMessage(type));
            _path.RemoveAt(_path.Count - 1);
        }
    }

    private void Report(string message) => _errors.Add(new CoercionException(message) { ValuePath = [.. _path] });
}
