using System.Globalization;
using Serverless.Bson;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.Core.Scalars;

/// <summary>
/// The <c>Timestamp</c> scalar (§12): <c>{"$timestamp": {"t", "i"}}</c> out; in, a <c>{t, i}</c> object or a Long
/// holding the 64-bit value (§12.2 [QUIRK] fixed: RESTHeart's Timestamp input always failed).
/// </summary>
public sealed class TimestampCoercion : IScalarCoercion
{
    private const string Expected = "an object {t, i} of unsigned 32-bit integers or a non-negative 64-bit integer";

    public object? Serialize(object? value) => value switch
    {
        BsonTimestamp timestamp => RelaxedJsonResult.Timestamp(timestamp),
        _ => throw ScalarErrors.CannotSerialize("Timestamp", "BsonTimestamp", value),
    };

    public object? ParseValue(object? value) => value switch
    {
        BsonTimestamp timestamp => timestamp,
        IReadOnlyDictionary<string, object?> parts => FromParts(parts, value),
        not null and not bool when LongCoercion.TryParse(value, out var whole) => FromWhole(whole, value),
        _ => throw ScalarErrors.WrongValue("Timestamp", Expected, value),
    };

    public object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal switch
        {
            ObjectValueNode or IntValueNode or StringValueNode => ParseValue(ValueCoercion.ValueFromAstUntyped(literal, variables)),
            _ => throw ScalarErrors.WrongLiteral("ObjectValue or IntValue", literal),
        };
    }

    public ValueNode? ValueToLiteral(object? value) => value is BsonTimestamp timestamp
        ? new ObjectValueNode(default, [Field("t", timestamp.Timestamp), Field("i", timestamp.Increment)])
        : null;

    private static ObjectFieldNode Field(string name, uint value) =>
        new(default, new NameNode(default, name), new IntValueNode(default, value.ToString(CultureInfo.InvariantCulture)));

    private static BsonTimestamp FromParts(IReadOnlyDictionary<string, object?> parts, object original) =>
        parts.Count == 2 && parts.TryGetValue("t", out var t) && parts.TryGetValue("i", out var i) && TryUInt32(t, out var seconds) && TryUInt32(i, out var increment)
            ? new BsonTimestamp(seconds, increment)
            : throw ScalarErrors.WrongValue("Timestamp", Expected, original);

    private static BsonTimestamp FromWhole(long whole, object original) =>
        whole >= 0 ? new BsonTimestamp((ulong)whole) : throw ScalarErrors.WrongValue("Timestamp", Expected, original);

    private static bool TryUInt32(object? value, out uint result)
    {
        // Strings are not parts: only numbers, so {t: "1"} is a mistake worth reporting.
        if (value is not null and not bool and not string && LongCoercion.TryParse(value, out var number) && number is >= 0 and <= uint.MaxValue)
        {
            result = (uint)number;
            return true;
        }

        result = 0;
        return false;
    }
}
