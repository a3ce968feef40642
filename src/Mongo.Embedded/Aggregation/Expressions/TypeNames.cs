using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation.Expressions;

/// <summary>The server's type aliases (manual "$type (aggregation)"), used by $type and in error messages.</summary>
internal static class TypeNames
{
    public static string Of(BsonValue? value) => value is null ? "missing" : Of(value.Type);

    public static string Of(BsonType type) => BsonTypeAliases.NameOf(type);

    /// <summary>Null, undefined and missing: the values most operators turn into a null result.</summary>
    public static bool IsNullish(BsonValue? value) => value is null or BsonNull or BsonUndefined;

    /// <summary>Aggregation truthiness: false, null, undefined, missing and numeric zero are false (manual "$and").</summary>
    public static bool IsTrue(BsonValue? value) => value switch
    {
        null or BsonNull or BsonUndefined => false,
        BsonBoolean b => b.Value,
        BsonInt32 i => i.Value != 0,
        BsonInt64 l => l.Value != 0,
        BsonDouble d => d.Value != 0,
        BsonDecimal128 m => !m.Value.IsZero,
        _ => true,
    };
}
