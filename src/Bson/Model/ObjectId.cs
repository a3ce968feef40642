using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace Serverless.Bson;

/// <summary>
/// A 12-byte ObjectId: 4-byte big-endian seconds since the epoch, 5 random bytes per process, 3-byte counter
/// (MongoDB "ObjectId" spec, "Specification"). Orders byte-wise, which is creation order per process.
/// </summary>
public readonly struct ObjectId : IEquatable<ObjectId>, IComparable<ObjectId>
{
    public const int Size = 12;

    // Per-process random value and a counter starting at a random point, as the ObjectId spec requires.
    private static readonly long ProcessRandom = CreateProcessRandom();
    private static int _counter = RandomNumberGenerator.GetInt32(0, 0x0100_0000);

    // Big-endian words, so comparing them unsigned is comparing the bytes.
    private readonly uint _a;
    private readonly uint _b;
    private readonly uint _c;

    public ObjectId(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Size)
        {
            throw new ArgumentException($"An ObjectId is {Size} bytes, not {bytes.Length}.", nameof(bytes));
        }

        _a = BinaryPrimitives.ReadUInt32BigEndian(bytes);
        _b = BinaryPrimitives.ReadUInt32BigEndian(bytes[4..]);
        _c = BinaryPrimitives.ReadUInt32BigEndian(bytes[8..]);
    }

    private ObjectId(uint a, uint b, uint c)
    {
        _a = a;
        _b = b;
        _c = c;
    }

    public static ObjectId Empty => default;

    /// <summary>Seconds since the Unix epoch when the id was made.</summary>
    public uint Timestamp => _a;

    public DateTimeOffset CreationTime => DateTimeOffset.FromUnixTimeSeconds(_a);

    /// <summary>A new unique id. Thread-safe: the counter is advanced atomically.</summary>
    public static ObjectId GenerateNewId() => GenerateNewId(DateTimeOffset.UtcNow);

    public static ObjectId GenerateNewId(DateTimeOffset time)
    {
        var seconds = (uint)time.ToUnixTimeSeconds();
        var counter = (uint)Interlocked.Increment(ref _counter) & 0x00FF_FFFF;
        var random = (ulong)ProcessRandom;
        var b = (uint)(random >> 8);
        var c = ((uint)(random & 0xFF) << 24) | counter;
        return new ObjectId(seconds, b, c);
    }

    /// <exception cref="FormatException">Not 24 hexadecimal digits.</exception>
    public static ObjectId Parse(string hex) =>
        TryParse(hex, out var id) ? id : throw new FormatException($"'{hex}' is not an ObjectId: expected 24 hexadecimal digits.");

    public static bool TryParse(ReadOnlySpan<char> hex, out ObjectId value)
    {
        value = default;
        if (hex.Length != Size * 2)
        {
            return false;
        }

        if (!uint.TryParse(hex[..8], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var a)
            || !uint.TryParse(hex[8..16], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var b)
            || !uint.TryParse(hex[16..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var c))
        {
            return false;
        }

        value = new ObjectId(a, b, c);
        return true;
    }

    public void WriteTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt32BigEndian(destination, _a);
        BinaryPrimitives.WriteUInt32BigEndian(destination[4..], _b);
        BinaryPrimitives.WriteUInt32BigEndian(destination[8..], _c);
    }

    public byte[] ToByteArray()
    {
        var bytes = new byte[Size];
        WriteTo(bytes);
        return bytes;
    }

    /// <summary>24 lowercase hexadecimal digits.</summary>
    public override string ToString() =>
        string.Create(Size * 2, this, static (chars, id) =>
        {
            id._a.TryFormat(chars, out _, "x8", CultureInfo.InvariantCulture);
            id._b.TryFormat(chars[8..], out _, "x8", CultureInfo.InvariantCulture);
            id._c.TryFormat(chars[16..], out _, "x8", CultureInfo.InvariantCulture);
        });

    public int CompareTo(ObjectId other)
    {
        var result = _a.CompareTo(other._a);
        if (result == 0)
        {
            result = _b.CompareTo(other._b);
        }

        return result == 0 ? _c.CompareTo(other._c) : result;
    }

    public bool Equals(ObjectId other) => _a == other._a && _b == other._b && _c == other._c;

    public override bool Equals(object? obj) => obj is ObjectId other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(_a, _b, _c);

    public static bool operator ==(ObjectId left, ObjectId right) => left.Equals(right);

    public static bool operator !=(ObjectId left, ObjectId right) => !left.Equals(right);

    public static bool operator <(ObjectId left, ObjectId right) => left.CompareTo(right) < 0;

    public static bool operator >(ObjectId left, ObjectId right) => left.CompareTo(right) > 0;

    public static bool operator <=(ObjectId left, ObjectId right) => left.CompareTo(right) <= 0;

    public static bool operator >=(ObjectId left, ObjectId right) => left.CompareTo(right) >= 0;

    private static long CreateProcessRandom()
    {
        Span<byte> bytes = stackalloc byte[8];
        RandomNumberGenerator.Fill(bytes);
        return (long)(BinaryPrimitives.ReadUInt64LittleEndian(bytes) & 0xFF_FFFF_FFFF);
    }
}
