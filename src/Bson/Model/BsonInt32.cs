namespace Serverless.Bson;

/// <summary>BSON 0x10: a 32-bit signed integer.</summary>
public sealed class BsonInt32 : BsonValue
{
    // Small integers are everywhere (array indexes, flags, counts); share their instances.
    private const int CacheMin = -16;
    private const int CacheMax = 255;
    private static readonly BsonInt32[] Cache = Enumerable.Range(CacheMin, CacheMax - CacheMin + 1).Select(i => new BsonInt32(i)).ToArray();

    public BsonInt32(int value) => Value = value;

    public int Value { get; }

    public override BsonType Type => BsonType.Int32;

    public static BsonInt32 Create(int value) =>
        value is >= CacheMin and <= CacheMax ? Cache[value - CacheMin] : new BsonInt32(value);

    public override void Accept(IBsonVisitor visitor) => visitor.Visit(this);

    public override bool Equals(BsonValue? other) => other is BsonInt32 i && i.Value == Value;

    public override int GetHashCode() => HashCode.Combine(BsonType.Int32, Value);
}
