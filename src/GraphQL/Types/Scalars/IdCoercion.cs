using System.Globalization;
using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Types;

/// <summary>§3.5.5 ID: serialized as a string; string and integer inputs are accepted.</summary>
internal sealed class IdCoercion : IScalarCoercion
{
    public object? Serialize(object? value) => value switch
    {
        string s => s,
        not null and not bool when NumericValue.TryGetInteger(value, out var integer) => integer.ToString(CultureInfo.InvariantCulture),
        Guid g => g.ToString(),
        _ => throw new CoercionException($"ID cannot represent value: {ValueInspector.Inspect(value)}"),
    };

    public object? ParseValue(object? value) => value switch
    {
        string s => s,
        not null and not bool when NumericValue.TryGetInteger(value, out var integer) => integer.ToString(CultureInfo.InvariantCulture),
        _ => throw new CoercionException($"ID cannot represent value: {ValueInspector.Inspect(value)}"),
    };

    public object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal switch
        {
            StringValueNode s => s.Value,
            IntValueNode i => i.Value,
            _ => throw new CoercionException($"ID cannot represent a non-string and non-integer value: {Printer.Print(literal)}"),
        };
    }

    // graphql-js astFromValue prints integer-looking IDs as Int literals (both parse back to the same ID).
    public ValueNode? ValueToLiteral(object? value) => value switch
    {
        string s when s.Length > 0 && s.All(char.IsAsciiDigit) && (s == "0" || s[0] != '0') => new IntValueNode(default, s),
        string s => new StringValueNode(default, s, block: false),
        not null and not bool when NumericValue.TryGetInteger(value, out var integer) => new IntValueNode(default, integer.ToString(CultureInfo.InvariantCulture)),
        _ => null,
    };
}
