namespace Serverless.Bson;

/// <summary>BSON 0x02: a UTF-8 string (may contain NUL characters; field names may not).</summary>
public sealed class BsonString : BsonValue
{
    public BsonString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    public static BsonString Empty { get; } = new(string.Empty);

    public string Value { get; }

    public override BsonType Type => BsonType.String;

    public override void Accept(IBsonVisitor visitor) => visitor.Visit(this);

    public override bool Equals(BsonValue? other) => other is BsonString s && string.Equals(s.Value, Value, StringComparison.Ordinal);

    public override int GetHashCode() => HashCode.Combine(BsonType.String, StringComparer.Ordinal.GetHashCode(Value));
}
