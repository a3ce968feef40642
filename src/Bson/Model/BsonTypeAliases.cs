namespace Serverless.Bson;

/// <summary>
/// MongoDB's string aliases for BSON types ("double", "objectId", "javascriptWithScope", …): what the server
/// prints in error messages, what <c>$type</c> accepts and returns (manual "BSON Types", Alias column).
/// </summary>
public static class BsonTypeAliases
{
    private static readonly Dictionary<BsonType, string> Names = new()
    {
        [BsonType.Double] = "double",
        [BsonType.String] = "string",
        [BsonType.Document] = "object",
        [BsonType.Array] = "array",
        [BsonType.Binary] = "binData",
        [BsonType.Undefined] = "undefined",
        [BsonType.ObjectId] = "objectId",
        [BsonType.Boolean] = "bool",
        [BsonType.DateTime] = "date",
        [BsonType.Null] = "null",
        [BsonType.RegularExpression] = "regex",
        [BsonType.DbPointer] = "dbPointer",
        [BsonType.JavaScript] = "javascript",
        [BsonType.Symbol] = "symbol",
        [BsonType.JavaScriptWithScope] = "javascriptWithScope",
        [BsonType.Int32] = "int",
        [BsonType.Timestamp] = "timestamp",
        [BsonType.Int64] = "long",
        [BsonType.Decimal128] = "decimal",
        [BsonType.MinKey] = "minKey",
        [BsonType.MaxKey] = "maxKey",
    };

    private static readonly Dictionary<string, BsonType> Types =
        Names.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    /// <summary>Every BSON type with its alias.</summary>
    public static IReadOnlyDictionary<BsonType, string> All => Names;

    /// <summary>The alias of a type, e.g. "long" for <see cref="BsonType.Int64"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a BSON type.</exception>
    public static string NameOf(BsonType type) =>
        Names.TryGetValue(type, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(type), type, "Not a BSON type.");

    /// <summary>The type an alias names; aliases are case-sensitive, as in the server.</summary>
    public static bool TryParse(string alias, out BsonType type) => Types.TryGetValue(alias, out type);
}
