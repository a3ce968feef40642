namespace Serverless.Bson;

/// <summary>BSON 0x13: an IEEE 754-2008 decimal128 (BID encoding).</summary>
public sealed class BsonDecimal128 : BsonValue
{
    public BsonDecimal128(Decimal128 value) => Value = value;

    public Decimal128 Value { get; }

    public override BsonType Type => BsonType.Decimal128;

    public override void Accept(IBsonVisitor visitor) => visitor.Visit(this);

    // Bit-pattern identity: 1.0 and 1.00 are different decimals (they print differently).
    public override bool Equals(BsonValue? other) => other is BsonDecimal128 d && d.Value == Value;

    public override int GetHashCode() => HashCode.Combine(BsonType.Decimal128, Value);
}
