using System.Collections;
using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Types;

/// <summary>Produces the literal for an internal input value of a type (graphql-js <c>astFromValue</c>), e.g. to print defaults (§4.2.4).</summary>
internal static class AstFromValueConverter
{
    public static ValueNode? Convert(object? value, GraphQLType type)
    {
        if (type is NonNullType nonNull)
        {
            var inner = Convert(value, nonNull.OfType);
            return inner is NullValueNode ? null : inner;
        }

        if (value is null)
        {
            return new NullValueNode(default);
        }

        return type switch
        {
            ListType list => ConvertList(value, list),
            InputObjectType input => ConvertObject(value, input),
            LeafType leaf => leaf.ValueToLiteral(value),
            _ => throw new ArgumentException($"Cannot convert a value of output type {type} to a literal.", nameof(type)),
        };
    }

    private static ValueNode? ConvertList(object value, ListType list)
    {
        if (value is string || value is IReadOnlyDictionary<string, object?> || value is not IEnumerable items)
        {
            return Convert(value, list.OfType);
        }

        return new ListValueNode(default, [.. items.Cast<object?>().Select(item => Convert(item, list.OfType)).OfType<ValueNode>()]);
    }

    private static ObjectValueNode? ConvertObject(object value, InputObjectType input)
    {
        if (value is not IReadOnlyDictionary<string, object?> map)
        {
            return null;
        }

        var fields = new List<ObjectFieldNode>();
        foreach (var field in input.Fields)
        {
            if (map.TryGetValue(field.Name, out var fieldValue) && Convert(fieldValue, field.Type) is { } literal)
            {
                fields.Add(new ObjectFieldNode(default, new NameNode(default, field.Name), literal));
            }
        }

        return new ObjectValueNode(default, fields);
    }
}
