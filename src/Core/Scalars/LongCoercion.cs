using System.Globalization;
using System.Numerics;
using Serverless.Bson;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.Core.Scalars;

/// <summary>
/// The <c>Long</c> scalar (§12): a plain JSON number out; Int literals, integer strings and JSON integers within
/// int64 in (§12.2 [QUIRK] fixed: RESTHeart's Long input always failed).
/// </summary>
public sealed class LongCoercion : IScalarCoercion
{
    // Doubles are exact integers only up to 2^53; beyond, a JSON reader has already lost digits.
    private const double MaxExactDouble = 9_007_199_254_740_992d;

    public object? Serialize(object? value) => value switch
    {
        BsonInt64 l => l.Value,
        // §12.1 [REC] lossless widening, an intended deviation: RESTHeart rejects Int32 stored where Long is declared.
        BsonInt32 i => (long)i.Value,
        _ => throw ScalarErrors.CannotSerialize("Long", "BsonInt64 or BsonInt32", value),
    };

    public object? ParseValue(object? value) =>
        TryParse(value, out var result) ? new BsonInt64(result) : throw ScalarErrors.WrongValue("Long", "an integer within 64 bits", value);

    public object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal switch
        {
            IntValueNode i when long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) => new BsonInt64(l),
            StringValueNode s when TryParseText(s.Value, out var l) => new BsonInt64(l),
            IntValueNode or StringValueNode => throw new CoercionException($"Long cannot represent {Printer.Print(literal)}; expected an integer within 64 bits."),
            _ => throw ScalarErrors.WrongLiteral("IntValue", literal),
        };
    }

    public ValueNode? ValueToLiteral(object? value) =>
        value is BsonInt64 l ? new IntValueNode(default, l.Value.ToString(CultureInfo.InvariantCulture)) : null;

    /// <summary>An integer within int64 from the neutral model: CLR integers, integral doubles up to 2^53, integer strings.</summary>
    internal static bool TryParse(object? value, out long result)
    {
        switch (value)
        {
            case long l: result = l; return true;
            case int i: result = i; return true;
            case BsonInt64 l: result = l.Value; return true;
            case BsonInt32 i: result = i.Value; return true;
            case string s: return TryParseText(s, out result);
            case double d when Math.Truncate(d) == d && Math.Abs(d) <= MaxExactDouble: result = (long)d; return true;
            case BigInteger big when big >= long.MinValue && big <= long.MaxValue: result = (long)big; return true;
            case decimal m when decimal.Truncate(m) == m && m >= long.MinValue && m <= long.MaxValue: result = (long)m; return true;
            case IConvertible convertible when convertible.GetTypeCode() is >= TypeCode.SByte and <= TypeCode.UInt32:
                result = convertible.ToInt64(CultureInfo.InvariantCulture);
                return true;
            case ulong ul when ul <= long.MaxValue: result = (long)ul; return true;
            default: result = 0; return false;
        }
    }

    private static bool TryParseText(string text, out long result) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out result);
}
