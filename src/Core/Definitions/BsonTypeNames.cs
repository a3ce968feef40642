using Serverless.Bson;

namespace Serverless.Core.Definitions;

/// <summary>
/// BSON type names as RESTHeart prints them in validation messages: the Java driver's <c>BsonType</c> enum
/// constants (<c>INT32</c>, <c>DOCUMENT</c>, <c>OBJECT_ID</c>…), §2.5.
/// </summary>
internal static class BsonTypeNames
{
    public static string Of(BsonValue value) => value.Type switch
    {
        BsonType.Double => "DOUBLE",
        BsonType.String => "STRING",
        BsonType.Document => "DOCUMENT",
        BsonType.Array => "ARRAY",
        BsonType.Binary => "BINARY",
        BsonType.Undefined => "UNDEFINED",
        BsonType.ObjectId => "OBJECT_ID",
        BsonType.Boolean => "BOOLEAN",
        BsonType.DateTime => "DATE_TIME",
        BsonType.Null => "NULL",
        BsonType.RegularExpression => "REGULAR_EXPRESSION",
        BsonType.DbPointer => "DB_POINTER",
        BsonType.JavaScript => "JAVASCRIPT",
        BsonType.Symbol => "SYMBOL",
        BsonType.JavaScriptWithScope => "JAVASCRIPT_WITH_SCOPE",
        BsonType.Int32 => "INT32",
        BsonType.Timestamp => "TIMESTAMP",
        BsonType.Int64 => "INT64",
        BsonType.Decimal128 => "DECIMAL128",
        BsonType.MinKey => "MIN_KEY",
        BsonType.MaxKey => "MAX_KEY",
        _ => value.Type.ToString().ToUpperInvariant(),
    };
}
