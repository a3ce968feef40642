using System.Collections;
using System.Globalization;
using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Types;

/// <summary>Literal ⇄ neutral JSON-like value without a type, for custom scalars that carry structured values.</summary>
internal static class UntypedLiteral
{
    public static object? ToValue(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) => literal switch
    {
        NullValueNode => null,
        IntValueNode i => long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? l : double.Parse(i.Value, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        BooleanValueNode b => b.Value,
        EnumValueNode e => e.Value,
        ListValueNode list => list.Values.Select(item => ToValue(item, variables)).ToList(),
        ObjectValueNode obj => obj.Fields.ToDictionary(field => field.Name.Value, field => ToValue(field.Value, variables), StringComparer.Ordinal),
        VariableNode variable => variables is not null && variables.TryGetValue(variable.Name.Value, out var value)
            ? value
            : throw new CoercionException($"Variable \"${variable.Name.Value}\" has no value."),
        _ => throw new ArgumentException($"Unsupported literal {literal.Kind}.", nameof(literal)),
    };

    public static ValueNode? FromValue(object? value)
    {
        switch (value)
        {
            case null: return new NullValueNode(default);
            case string s: return new StringValueNode(default, s, block: false);
            case bool b: return new BooleanValueNode(default, b);
            case IReadOnlyDictionary<string, object?> map:
                return new ObjectValueNode(default, [.. map.Select(pair => FromValue(pair.Value) is { } item ? new ObjectFieldNode(default, new NameNode(default, pair.Key), item) : null).OfType<ObjectFieldNode>()]);
            case IEnumerable items:
                return new ListValueNode(default, [.. items.Cast<object?>().Select(FromValue).OfType<ValueNode>()]);
            default:
                if (NumericValue.TryGetInteger(value, out var integer) && value is not double and not float and not decimal)
                {
                    return new IntValueNode(default, integer.ToString(CultureInfo.InvariantCulture));
                }

                return NumericValue.TryGetDouble(value, out _) ? ScalarType.Float.Coercion.ValueToLiteral(value) : null;
        }
    }
}
