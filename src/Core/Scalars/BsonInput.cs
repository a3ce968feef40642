using System.Collections;
using System.Globalization;
using System.Numerics;
using Serverless.Bson;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.Core.Scalars;

/// <summary>
/// Input values (literals and variables in the engine's neutral model) → BSON for the BsonDocument scalar (§12.2, §12.3).
/// Integers stay Int32/Int64 (§12.3 [REC]: RESTHeart turned every JSON number into a double).
/// </summary>
internal static class BsonInput
{
    public static BsonValue FromLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) => literal switch
    {
        NullValueNode => BsonNull.Value,
        IntValueNode i => Integer(i.Value),
        FloatValueNode f => new BsonDouble(double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture)),
        StringValueNode s => new BsonString(s.Value),
        BooleanValueNode b => BsonBoolean.Create(b.Value),
        // §12.2: enum values inside a BsonDocument literal become strings.
        EnumValueNode e => new BsonString(e.Value),
        // §12.2 [QUIRK] fixed: lists of any values and $variables inside the literal work.
        ListValueNode list => new BsonArray(list.Values.Select(item => FromLiteral(item, variables))),
        ObjectValueNode obj => new BsonDocument(obj.Fields.Select(field => new BsonElement(field.Name.Value, FromLiteral(field.Value, variables)))),
        VariableNode variable => variables is not null && variables.TryGetValue(variable.Name.Value, out var value)
            ? FromValue(value)
            : throw new CoercionException($"Variable \"${variable.Name.Value}\" has no value."),
        _ => throw new CoercionException($"BsonDocument cannot represent the literal {Printer.Print(literal)}."),
    };

    /// <summary>A neutral JSON-like value (or an already-coerced BSON scalar value from a variable) as BSON.</summary>
    public static BsonValue FromValue(object? value) => value switch
    {
        null => BsonNull.Value,
        BsonValue bson => bson,
        string s => new BsonString(s),
        bool b => BsonBoolean.Create(b),
        int i => new BsonInt32(i),
        long l => Integer(l),
        double d => new BsonDouble(d),
        float f => new BsonDouble(f),
        decimal m => new BsonDecimal128(Decimal128.Parse(m.ToString(CultureInfo.InvariantCulture))),
        BigInteger big => Integer(big.ToString(CultureInfo.InvariantCulture)),
        IReadOnlyDictionary<string, object?> map => new BsonDocument(map.Select(pair => new BsonElement(pair.Key, FromValue(pair.Value)))),
        IEnumerable list => new BsonArray(list.Cast<object?>().Select(FromValue)),
        IConvertible convertible when convertible.GetTypeCode() is >= TypeCode.SByte and <= TypeCode.UInt64 =>
            Integer(convertible.ToString(CultureInfo.InvariantCulture)),
        _ => throw new CoercionException($"BsonDocument cannot represent {ValueInspector.Inspect(value)}."),
    };

    private static BsonValue Integer(long value) =>
        value is >= int.MinValue and <= int.MaxValue ? new BsonInt32((int)value) : new BsonInt64(value);

    // Integers beyond int64 have no exact BSON integer type; Decimal128 keeps every digit, a double would not.
    private static BsonValue Integer(string text) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
            ? Integer(l)
            : new BsonDecimal128(Decimal128.Parse(text));
}
