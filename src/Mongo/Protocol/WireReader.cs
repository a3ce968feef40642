using System.Buffers.Binary;
using System.Text;
using Serverless.Bson;

namespace Serverless.Mongo.Protocol;

/// <summary>A bounds-checked cursor over one message's bytes; every overrun names the field and offset.</summary>
internal ref struct WireReader
{
    private readonly ReadOnlySpan<byte> _buffer;

    public WireReader(ReadOnlySpan<byte> buffer, int position)
    {
        _buffer = buffer;
        Position = position;
    }

    public int Position { get; private set; }

    public byte ReadByte(string what)
    {
        Require(1, what);
        return _buffer[Position++];
    }

    public int ReadInt32(string what)
    {
        Require(4, what);
        var value = BinaryPrimitives.ReadInt32LittleEndian(_buffer[Position..]);
        Position += 4;
        return value;
    }

    public uint ReadUInt32(string what) => unchecked((uint)ReadInt32(what));

    public long ReadInt64(string what)
    {
        Require(8, what);
        var value = BinaryPrimitives.ReadInt64LittleEndian(_buffer[Position..]);
        Position += 8;
        return value;
    }

    public string ReadCString(string what, int end)
    {
        var terminator = _buffer[Position..end].IndexOf((byte)0);
        if (terminator < 0)
        {
            throw new WireProtocolException($"{what} at offset {Position} has no NUL terminator before offset {end}");
        }

        var text = Encoding.UTF8.GetString(_buffer.Slice(Position, terminator));
        Position += terminator + 1;
        return text;
    }

    /// <summary>Reads one BSON document that must end at or before <paramref name="end"/>.</summary>
    public BsonDocument ReadDocument(string what, int end)
    {
        if (end - Position < 5)
        {
            throw new WireProtocolException($"{what} at offset {Position} needs at least 5 bytes but only {end - Position} remain");
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(_buffer[Position..]);
        if (length < 5 || length > end - Position)
        {
            throw new WireProtocolException($"{what} at offset {Position} declares length {length}, outside 5..{end - Position}");
        }

        try
        {
            var document = BsonCodec.Decode(_buffer.Slice(Position, length));
            Position += length;
            return document;
        }
        catch (BsonDecodeException e)
        {
            throw new WireProtocolException($"{what} at offset {Position} is not valid BSON: {e.Message}", e);
        }
    }

    private readonly void Require(int count, string what)
    {
        if (_buffer.Length - Position < count)
        {
            throw new WireProtocolException($"the message ended inside {what} at offset {Position}");
        }
    }
}
