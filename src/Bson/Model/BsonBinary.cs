namespace Serverless.Bson;

/// <summary>BSON 0x05: bytes with a subtype. The bytes are copied in and never exposed mutably.</summary>
public sealed class BsonBinary : BsonValue
{
    private readonly byte[] _data;

    public BsonBinary(ReadOnlySpan<byte> data, BsonBinarySubtype subtype = BsonBinarySubtype.Generic)
        : this(data.ToArray(), subtype)
    {
    }

    private BsonBinary(byte[] data, BsonBinarySubtype subtype)
    {
        _data = data;
        Subtype = subtype;
    }

    public BsonBinarySubtype Subtype { get; }

    public ReadOnlySpan<byte> Data => _data;

    public ReadOnlyMemory<byte> Memory => _data;

    public override BsonType Type => BsonType.Binary;

    /// <summary>Subtype 4 with the UUID's bytes in RFC 9562 (network) order.</summary>
    public static BsonBinary FromGuid(Guid value)
    {
        var bytes = new byte[16];
        value.TryWriteBytes(bytes, bigEndian: true, out _);
        return new BsonBinary(bytes, BsonBinarySubtype.Uuid);
    }

    /// <summary>Wraps an array the caller gives up; used by decoders.</summary>
    internal static BsonBinary FromOwnedArray(byte[] data, BsonBinarySubtype subtype) => new(data, subtype);

    /// <exception cref="InvalidOperationException">Not a 16-byte subtype 4 value.</exception>
    public Guid ToGuid() =>
        Subtype == BsonBinarySubtype.Uuid && _data.Length == 16
            ? new Guid(_data, bigEndian: true)
            : throw new InvalidOperationException($"Binary subtype {(byte)Subtype:x2} of {_data.Length} bytes is not a UUID (subtype 04, 16 bytes).");

    public override void Accept(IBsonVisitor visitor) => visitor.Visit(this);

    public override bool Equals(BsonValue? other) =>
        other is BsonBinary b && b.Subtype == Subtype && b._data.AsSpan().SequenceEqual(_data);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(BsonType.Binary);
        hash.Add(Subtype);
        hash.AddBytes(_data);
        return hash.ToHashCode();
    }
}
