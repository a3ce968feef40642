namespace Serverless.Bson;

/// <summary>BSON 0x7F: the key that sorts above every other value. A single shared instance.</summary>
public sealed class BsonMaxKey : BsonValue
{
    private BsonMaxKey()
    {
    }

    public static BsonMaxKey Value { get; } = new();

    public override BsonType Type => BsonType.MaxKey;

    public override void Accept(IBsonVisitor visitor) => visitor.Visit(this);

    public override bool Equals(BsonValue? other) => other is BsonMaxKey;

    public override int GetHashCode() => (int)BsonType.MaxKey;
}
