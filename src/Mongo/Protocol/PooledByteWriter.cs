using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using Serverless.Bson;

namespace Serverless.Mongo.Protocol;

/// <summary>
/// A growable output buffer rented from <see cref="ArrayPool{T}"/>; unlike ArrayBufferWriter it lets the
/// encoder patch the message length into the header once the body is written.
/// </summary>
internal sealed class PooledByteWriter : IBufferWriter<byte>, IDisposable
{
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(4096);

    public int Length { get; private set; }

    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, Length);

    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, Length);

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _buffer.Length - Length);
        Length += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(Math.Max(sizeHint, 1));
        return _buffer.AsMemory(Length);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(Math.Max(sizeHint, 1));
        return _buffer.AsSpan(Length);
    }

    public void WriteByte(byte value)
    {
        GetSpan(1)[0] = value;
        Length++;
    }

    public void WriteInt32(int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(GetSpan(4), value);
        Length += 4;
    }

    public void WriteInt64(long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(GetSpan(8), value);
        Length += 8;
    }

    public void WriteCString(string value)
    {
        var count = Encoding.UTF8.GetByteCount(value);
        var span = GetSpan(count + 1);
        Encoding.UTF8.GetBytes(value, span);
        span[count] = 0;
        Length += count + 1;
    }

    public void WriteDocument(BsonDocument document) => BsonCodec.Encode(document, this);

    public void PatchInt32(int position, int value) => BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(position, 4), value);

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        Length = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Ensure(int count)
    {
        if (_buffer.Length - Length >= count)
        {
            return;
        }

        var required = (long)Length + count;
        if (required > Array.MaxLength)
        {
            throw new WireProtocolException($"the encoded message would exceed {Array.MaxLength} bytes");
        }

        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(Array.MaxLength, Math.Max(required, (long)_buffer.Length * 2)));
        _buffer.AsSpan(0, Length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
