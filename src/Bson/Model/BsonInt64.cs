namespace Serverless.Bson;

/// <summary>BSON 0x12: a 64-bit signed integer.</summary>
public sealed class BsonInt64 : BsonValue
{
    public BsonInt64(long value) => Value = value;

    public long Value { get; }

    public override BsonType Type => BsonType.Int64;

    public override void Accept(IBsonVisitor visitor) => visitor.Visit(this);

    public override bool Equals(BsonValue? other) => other is BsonInt64 i && i.Value == Value;

    public override int GetHashCode() => HashCode.Combine(BsonType.Int64, Value);
}
