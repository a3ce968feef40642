using System.Globalization;
using System.Numerics;
using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Types;

/// <summary>§3.5.1 Int: 32-bit signed integers; results may come from integral floats, booleans or numeric strings.</summary>
internal sealed class IntCoercion : IScalarCoercion
{
    public object? Serialize(object? value) => value switch
    {
        bool b => b ? 1 : 0,
        string s when NumericValue.TryParse(s, out var parsed) => FromDouble(parsed, value),
        not null when NumericValue.TryGetInteger(value, out var integer) => InRange(integer, value),
        _ => throw NonInteger(value),
    };

    // §3.5.1 Input Coercion: only integer input values; a JSON reader cannot tell 1 from 1.0, so integral floats pass.
    public object? ParseValue(object? value) => value is not null and not bool && NumericValue.TryGetInteger(value, out var integer)
        ? InRange(integer, value)
        : throw NonInteger(value);

    public object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
    {
        ArgumentNullException.ThrowIfNull(literal);
        if (literal is not IntValueNode intNode)
        {
            throw new CoercionException($"Int cannot represent non-integer value: {Printer.Print(literal)}");
        }

        var integer = BigInteger.Parse(intNode.Value, CultureInfo.InvariantCulture);
        return NumericValue.IsInt32(integer)
            ? (int)integer
            : throw new CoercionException($"Int cannot represent non 32-bit signed integer value: {intNode.Value}");
    }

    public ValueNode? ValueToLiteral(object? value) =>
        value is not null and not bool && NumericValue.TryGetInteger(value, out var integer) && NumericValue.IsInt32(integer)
            ? new IntValueNode(default, integer.ToString(CultureInfo.InvariantCulture))
            : null;

    private static int FromDouble(double parsed, object original) =>
        NumericValue.TryGetInteger(parsed, out var integer) ? InRange(integer, original) : throw NonInteger(original);

    private static int InRange(BigInteger integer, object original) =>
        NumericValue.IsInt32(integer)
            ? (int)integer
            : throw new CoercionException($"Int cannot represent non 32-bit signed integer value: {ValueInspector.Inspect(original)}");

    private static CoercionException NonInteger(object? value) =>
        new($"Int cannot represent non-integer value: {ValueInspector.Inspect(value)}");
}
