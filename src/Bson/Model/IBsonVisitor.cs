namespace Serverless.Bson;

/// <summary>
/// Double dispatch over the closed set of BSON value kinds. Encoders and printers implement this instead of
/// switching on <see cref="BsonType"/>, so adding a writer never touches the value classes.
/// </summary>
public interface IBsonVisitor
{
    void Visit(BsonDouble value);

    void Visit(BsonString value);

    void Visit(BsonDocument value);

    void Visit(BsonArray value);

    void Visit(BsonBinary value);

    void Visit(BsonUndefined value);

    void Visit(BsonObjectId value);

    void Visit(BsonBoolean value);

    void Visit(BsonDateTime value);

    void Visit(BsonNull value);

    void Visit(BsonRegularExpression value);

    void Visit(BsonDbPointer value);

    void Visit(BsonJavaScript value);

    void Visit(BsonSymbol value);

    void Visit(BsonJavaScriptWithScope value);

    void Visit(BsonInt32 value);

    void Visit(BsonTimestamp value);

    void Visit(BsonInt64 value);

    void Visit(BsonDecimal128 value);

    void Visit(BsonMinKey value);

    void Visit(BsonMaxKey value);
}
