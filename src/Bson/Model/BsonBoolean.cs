namespace Serverless.Bson;

/// <summary>BSON 0x08: a boolean. Two shared instances.</summary>
public sealed class BsonBoolean : BsonValue
{
    private BsonBoolean(bool value) => Value = value;

    public static BsonBoolean True { get; } = new(true);

    public static BsonBoolean False { get; } = new(false);

    public bool Value { get; }

    public override BsonType Type => BsonType.Boolean;

    public static BsonBoolean Create(bool value) => value ? True : False;

    public override void Accept(IBsonVisitor visitor) => visitor.Visit(this);

    public override bool Equals(BsonValue? other) => other is BsonBoolean b && b.Value == Value;

    public override int GetHashCode() => HashCode.Combine(BsonType.Boolean, Value);
}
