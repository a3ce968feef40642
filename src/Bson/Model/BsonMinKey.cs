namespace Serverless.Bson;

/// <summary>BSON 0xFF: the key that sorts below every other value. A single shared instance.</summary>
public sealed class BsonMinKey : BsonValue
{
    private BsonMinKey()
    {
    }

    public static BsonMinKey Value { get; } = new();

    public override BsonType Type => BsonType.MinKey;

    public override void Accept(IBsonVisitor visitor) => visitor.Visit(this);

    public override bool Equals(BsonValue? other) => other is BsonMinKey;

    public override int GetHashCode() => (int)BsonType.MinKey;
}
