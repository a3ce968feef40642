using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Query;

/// <summary>The server's names for BSON types as they appear in error messages (typeName() in bsontypes.cpp).</summary>
internal static class BsonTypeNames
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

    public static string Of(BsonType type) => Names[type];
}
