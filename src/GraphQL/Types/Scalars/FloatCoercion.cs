using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Types;

/// <summary>§3.5.2 Float: finite IEEE 754 doubles (literals excepted, see ParseLiteral); integers are accepted as inputs and results.</summary>
internal sealed class FloatCoercion : IScalarCoercion
{
    public object? Serialize(object? value) => value switch
    {
        bool b => b ? 1d : 0d,
        string s when NumericValue.TryParse(s, out var parsed) && double.IsFinite(parsed) => parsed,
        not null when NumericValue.TryGetDouble(value, out var number) && double.IsFinite(number) => number,
        _ => throw NonNumeric(value),
    };

    public object? ParseValue(object? value) =>
        value is not null and not bool && NumericValue.TryGetDouble(value, out var number) && double.IsFinite(number)
            ? number
            : throw NonNumeric(value);

    public object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
    {
        ArgumentNullException.ThrowIfNull(literal);
        var text = literal switch
        {
            IntValueNode i => i.Value,
            FloatValueNode f => f.Value,
            _ => throw new CoercionException($"Float cannot represent non numeric value: {Printer.Print(literal)}"),
        };
        // A literal beyond double range (1e400) parses to ±Infinity and is accepted, as graphql-js 17 does (JavaScript's
        // parseFloat); only runtime values (variables, results) must be finite.
        return NumericValue.TryParse(text, out var number) && !double.IsNaN(number)
            ? number
            : throw new CoercionException($"Float cannot represent non numeric value: {text}");
    }

    public ValueNode? ValueToLiteral(object? value)
    {
        if (value is null or bool || !NumericValue.TryGetDouble(value, out var number) || !double.IsFinite(number))
        {
            return null;
        }

        var text = NumericValue.Format(number);
        // graphql-js astFromValue prints integral floats as Int literals, which Float accepts (§3.5.2 Input Coercion).
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('e', StringComparison.Ordinal)
            ? new FloatValueNode(default, text)
            : new IntValueNode(default, text);
    }

    private static CoercionException NonNumeric(object? value) =>
        new($"Float cannot represent non numeric value: {ValueInspector.Inspect(value)}");
}
