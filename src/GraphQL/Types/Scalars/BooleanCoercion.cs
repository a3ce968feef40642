using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Types;

/// <summary>§3.5.4 Boolean: results may come from numbers (non-zero is true); inputs must be booleans.</summary>
internal sealed class BooleanCoercion : IScalarCoercion
{
    public object? Serialize(object? value) => value switch
    {
        bool b => b,
        not null when NumericValue.TryGetDouble(value, out var number) && double.IsFinite(number) => number != 0,
        _ => throw NonBoolean(value),
    };

    public object? ParseValue(object? value) => value is bool b ? b : throw NonBoolean(value);

    public object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal is BooleanValueNode b
            ? b.Value
            : throw new CoercionException($"Boolean cannot represent a non boolean value: {Printer.Print(literal)}");
    }

    public ValueNode? ValueToLiteral(object? value) => value is bool b ? new BooleanValueNode(default, b) : null;

    private static CoercionException NonBoolean(object? value) =>
        new($"Boolean cannot represent a non boolean value: {ValueInspector.Inspect(value)}");
}
