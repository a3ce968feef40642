namespace Serverless.Bson;

/// <summary>BSON 0x0A: null. A single shared instance.</summary>
public sealed class BsonNull : BsonValue
{
    private BsonNull()
    {
    }

    public static BsonNull Value { get; } = new();

    public override BsonType Type => BsonType.Null;

    public override void Accept(IBsonVisitor visitor) => visitor.Visit(this);

    public override bool Equals(BsonValue? other) => other is BsonNull;

    public override int GetHashCode() => (int)BsonType.Null;
}
