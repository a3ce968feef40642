namespace Serverless.Bson;

/// <summary>BSON 0x01: a 64-bit IEEE 754 binary floating point number.</summary>
public sealed class BsonDouble : BsonValue
{
    public BsonDouble(double value) => Value = value;

    public double Value { get; }

    public override BsonType Type => BsonType.Double;

    public override void Accept(IBsonVisitor visitor) => visitor.Visit(this);

    // double.Equals treats NaN as equal to NaN and 0.0 as equal to -0.0, which is what value equality wants.
    public override bool Equals(BsonValue? other) => other is BsonDouble d && d.Value.Equals(Value);

    public override int GetHashCode() => HashCode.Combine(BsonType.Double, Value);
}
