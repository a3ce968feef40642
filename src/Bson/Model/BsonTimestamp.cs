namespace Serverless.Bson;

/// <summary>BSON 0x11: an internal MongoDB timestamp; seconds (high 32 bits) and an ordinal (low 32 bits).</summary>
public sealed class BsonTimestamp : BsonValue
{
    public BsonTimestamp(uint timestamp, uint increment)
    {
        Timestamp = timestamp;
        Increment = increment;
    }

    public BsonTimestamp(ulong value)
        : this((uint)(value >> 32), (uint)value)
    {
    }

    public uint Timestamp { get; }

    public uint Increment { get; }

    /// <summary>The 64-bit value as stored on the wire: timestamp in the high half, increment in the low half.</summary>
    public ulong Value => ((ulong)Timestamp << 32) | Increment;

    public override BsonType Type => BsonType.Timestamp;

    public override void Accept(IBsonVisitor visitor) => visitor.Visit(this);

    public override bool Equals(BsonValue? other) => other is BsonTimestamp t && t.Value == Value;

    public override int GetHashCode() => HashCode.Combine(BsonType.Timestamp, Value);
}
