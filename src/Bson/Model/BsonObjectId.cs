namespace Serverless.Bson;

/// <summary>BSON 0x07: a 12-byte ObjectId.</summary>
public sealed class BsonObjectId : BsonValue
{
    public BsonObjectId(ObjectId value) => Value = value;

    public ObjectId Value { get; }

    public override BsonType Type => BsonType.ObjectId;

    public override void Accept(IBsonVisitor visitor) => visitor.Visit(this);

    public override bool Equals(BsonValue? other) => other is BsonObjectId o && o.Value == Value;

    public override int GetHashCode() => HashCode.Combine(BsonType.ObjectId, Value);
}
