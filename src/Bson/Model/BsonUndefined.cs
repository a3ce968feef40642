namespace Serverless.Bson;

/// <summary>BSON 0x06: undefined (deprecated). A single shared instance.</summary>
public sealed class BsonUndefined : BsonValue
{
    private BsonUndefined()
    {
    }

    public static BsonUndefined Value { get; } = new();

    public override BsonType Type => BsonType.Undefined;

    public override void Accept(IBsonVisitor visitor) => visitor.Visit(this);

    public override bool Equals(BsonValue? other) => other is BsonUndefined;

    public override int GetHashCode() => (int)BsonType.Undefined;
}
