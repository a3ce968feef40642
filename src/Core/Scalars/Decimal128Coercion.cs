using System.Globalization;
using System.Numerics;
using Serverless.Bson;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.Core.Scalars;

/// <summary>
/// The <c>Decimal128</c> scalar (§12): <c>{"$numberDecimal": "..."}</c> out; a string, integer or float in, NaN rejected
/// (§12.2), and variables work (§12.3 [QUIRK] fixed: RESTHeart's inverted NaN check rejected every number).
/// </summary>
public sealed class Decimal128Coercion : IScalarCoercion
{
    public object? Serialize(object? value) => value switch
    {
        BsonDecimal128 number => RelaxedJsonResult.Decimal128(number),
        _ => throw ScalarErrors.CannotSerialize("Decimal128", "BsonDecimal128", value),
    };

    public object? ParseValue(object? value) => value switch
    {
        string text => Parse(text),
        BsonDecimal128 number => number,
        long l => new BsonDecimal128(Decimal128.FromInt64(l)),
        int i => new BsonDecimal128(Decimal128.FromInt32(i)),
        double d when double.IsFinite(d) => new BsonDecimal128(Decimal128.FromDouble(d)),
        decimal m => Parse(m.ToString(CultureInfo.InvariantCulture)),
        BigInteger big => Parse(big.ToString(CultureInfo.InvariantCulture)),
        _ => throw ScalarErrors.WrongValue("Decimal128", "a decimal number or numeric string", value),
    };

    public object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
    {
        ArgumentNullException.ThrowIfNull(literal);
        // The literal's own digits are parsed, never a double, so 0.1 stays exactly 0.1.
        return literal switch
        {
            StringValueNode s => Parse(s.Value),
            IntValueNode i => Parse(i.Value),
            FloatValueNode f => Parse(f.Value),
            _ => throw ScalarErrors.WrongLiteral("StringValue, IntValue or FloatValue", literal),
        };
    }

    public ValueNode? ValueToLiteral(object? value) =>
        value is BsonDecimal128 number ? new StringValueNode(default, number.Value.ToString(), block: false) : null;

    private static BsonDecimal128 Parse(string text) =>
        Decimal128.TryParse(text, out var number) && !number.IsNaN
            ? new BsonDecimal128(number)
            : throw new CoercionException($"Decimal128 cannot represent {ValueInspector.Inspect(text)}; expected a decimal number (NaN is not accepted).");
}
