using System.Globalization;
using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Types;

/// <summary>§3.5.3 String: results may come from booleans and numbers; inputs must be strings.</summary>
internal sealed class StringCoercion : IScalarCoercion
{
    public object? Serialize(object? value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        double d when double.IsFinite(d) => NumericValue.Format(d),
        float f when float.IsFinite(f) => NumericValue.Format(f),
        not null when NumericValue.TryGetInteger(value, out var integer) && value is not double and not float => integer.ToString(CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        _ => throw new CoercionException($"String cannot represent value: {ValueInspector.Inspect(value)}"),
    };

    // §3.5.3 Input Coercion: "only valid Unicode string input values are accepted"; 123 is not "123".
    public object? ParseValue(object? value) => value as string
        ?? throw new CoercionException($"String cannot represent a non string value: {ValueInspector.Inspect(value)}");

    public object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal is StringValueNode s
            ? s.Value
            : throw new CoercionException($"String cannot represent a non string value: {Printer.Print(literal)}");
    }

    public ValueNode? ValueToLiteral(object? value) => value is string s ? new StringValueNode(default, s, block: false) : null;
}
