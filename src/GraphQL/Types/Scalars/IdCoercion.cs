using System.Globalization;
using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Types;

/// <summary>§3.5.5 ID: serialized as a string; string and integer inputs are accepted.</summary>
internal sealed class IdCoercion : IScalarCoercion
{
    public object? Serialize(object? value) => value switch
    {
        string s => s,
        double d when IsIntegral(d) => NumericValue.Format(d),
        float f when IsIntegral(f) => NumericValue.Format(f),
        not null and not bool when NumericValue.TryGetInteger(value, out var integer) => integer.ToString(CultureInfo.InvariantCulture),
        Guid g => g.ToString(),
        _ => throw new CoercionException($"ID cannot represent value: {ValueInspector.Inspect(value)}"),
    };

    public object? ParseValue(object? value) => value switch
    {
        string s => s,
        double d when IsIntegral(d) => NumericValue.Format(d),
        float f when IsIntegral(f) => NumericValue.Format(f),
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

    /// <summary>
    /// A floating value without a fraction reads as JavaScript's <c>String(number)</c> (graphql-js: a JSON number is a double,
    /// so 1e21 is "1e+21" and 12345678901234567890 is "12345678901234567000"); integral CLR types keep their exact digits.
    /// </summary>
    private static bool IsIntegral(double value) => double.IsFinite(value) && Math.Truncate(value) == value;

    // graphql-js astFromValue prints integer-looking IDs as Int literals (both parse back to the same ID).
    public ValueNode? ValueToLiteral(object? value) => value switch
    {
        string s when s.Length > 0 && s.All(char.IsAsciiDigit) && (s == "0" || s[0] != '0') => new IntValueNode(default, s),
        string s => new StringValueNode(default, s, block: false),
        not null and not bool when NumericValue.TryGetInteger(value, out var integer) => new IntValueNode(default, integer.ToString(CultureInfo.InvariantCulture)),
        _ => null,
    };
}
