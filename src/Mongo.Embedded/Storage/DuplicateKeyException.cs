using System.Globalization;
using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Storage;

/// <summary>
/// A write would give a unique index two equal keys. The message is the server's E11000 text, which drivers
/// and users match on ("E11000 duplicate key error collection: db.coll index: _id_ dup key: { _id: 1 }").
/// </summary>
public sealed class DuplicateKeyException : Exception
{
    public DuplicateKeyException()
    {
        KeyPattern = BsonDocument.Empty;
        KeyValue = BsonDocument.Empty;
    }

    public DuplicateKeyException(string message)
        : base(message)
    {
        KeyPattern = BsonDocument.Empty;
        KeyValue = BsonDocument.Empty;
    }

    public DuplicateKeyException(string message, Exception innerException)
        : base(message, innerException)
    {
        KeyPattern = BsonDocument.Empty;
        KeyValue = BsonDocument.Empty;
    }

    internal DuplicateKeyException(string collectionNamespace, string indexName, BsonDocument keyPattern, BsonDocument keyValue)
        : base(FormatMessage(collectionNamespace, indexName, keyValue))
    {
        KeyPattern = keyPattern;
        KeyValue = keyValue;
    }

    /// <summary>The index's key pattern, reported as "keyPattern" in the write error.</summary>
    public BsonDocument KeyPattern { get; }

    /// <summary>The clashing key, reported as "keyValue" in the write error.</summary>
    public BsonDocument KeyValue { get; }

    private static string FormatMessage(string collectionNamespace, string indexName, BsonDocument keyValue)
    {
        var parts = keyValue.Select(element => $"{element.Name}: {ShellForm(element.Value)}");
        return $"E11000 duplicate key error collection: {collectionNamespace} index: {indexName} dup key: {{ {string.Join(", ", parts)} }}";
    }

    // The server prints keys in its shell-like form; ObjectIds appear as ObjectId('…').
    private static string ShellForm(BsonValue value) => value switch
    {
        BsonObjectId id => $"ObjectId('{id.Value}')",
        BsonInt64 l => l.Value.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
