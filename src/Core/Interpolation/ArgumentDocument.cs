using System.Collections;
using Serverless.Bson;

namespace Serverless.Core.Interpolation;

/// <summary>The argument document of one field invocation (§6.1 step 2, §7.1 step 2).</summary>
public static class ArgumentDocument
{
    private const string RootDocKey = "rootDoc";
    private const string UserKey = "@user";

    /// <summary>
    /// The coerced GraphQL arguments as BSON, plus <c>rootDoc</c> when known (levels ≥ 2, §8) and <c>@user</c>
    /// (BSON null when anonymous) with one flattened <c>@user.&lt;prop&gt;</c> key per top-level account property.
    /// RESTHeart gives <c>@user</c> to aggregations only; here query mappings get it too (§7.4 [REC]: superset).
    /// </summary>
    public static BsonDocument Build(IReadOnlyDictionary<string, object?> graphqlArguments, BsonDocument? rootDoc, BsonDocument? user)
    {
        ArgumentNullException.ThrowIfNull(graphqlArguments);
        var arguments = new BsonDocument(graphqlArguments.Select(argument => new BsonElement(argument.Key, ToBson(argument.Value))));
        if (rootDoc is not null)
        {
            arguments = arguments.With(RootDocKey, rootDoc);
        }

        arguments = arguments.With(UserKey, (BsonValue?)user ?? BsonNull.Value);
        foreach (var property in user ?? BsonDocument.Empty)
        {
            arguments = arguments.With($"{UserKey}.{property.Name}", property.Value);
        }

        return arguments;
    }

    /// <summary>
    /// CLR → BSON for one coerced argument value: the engine hands over CLR primitives, dictionaries for input
    /// objects, enumerables for lists and <see cref="BsonValue"/>s for BSON scalars and mapped enum values.
    /// </summary>
    public static BsonValue ToBson(object? value) => value switch
    {
        null => BsonNull.Value,
        BsonValue bson => bson,
        string text => new BsonString(text),
        bool flag => BsonBoolean.Create(flag),
        int number => BsonInt32.Create(number),
        long number => new BsonInt64(number),
        double number => new BsonDouble(number),
        float number => new BsonDouble(number),
        short or byte or sbyte or ushort => BsonInt32.Create(Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)),
        uint number => new BsonInt64(number),
        ulong number when number <= long.MaxValue => new BsonInt64((long)number),
        ulong number => new BsonDecimal128(Decimal128.Parse(number.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        decimal number => new BsonDecimal128(Decimal128.Parse(number.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        DateTimeOffset instant => BsonDateTime.FromDateTimeOffset(instant),
        DateTime instant => BsonDateTime.FromDateTime(instant),
        ObjectId id => new BsonObjectId(id),
        IReadOnlyDictionary<string, object?> inputObject =>
            new BsonDocument(inputObject.Select(field => new BsonElement(field.Key, ToBson(field.Value)))),
        IEnumerable list => new BsonArray(list.Cast<object?>().Select(ToBson)),
        _ => throw new ArgumentException($"An argument value of type {value.GetType()} has no BSON form.", nameof(value)),
    };
}
