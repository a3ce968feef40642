using System.Buffers;

namespace Serverless.Bson;

/// <summary>
/// A growable byte buffer rented from the shared pool. The encoder needs random access to patch length
/// prefixes once a document's size is known, which <see cref="IBufferWriter{T}"/> does not allow.
/// </summary>
internal sealed class PooledBuffer : IDisposable
{
    private byte[] _buffer;

    public PooledBuffer(int initialCapacity = 1024) => _buffer = ArrayPool<byte>.Shared.Rent(initialCapacity);

    public int Length { get; private set; }

    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, Length);

    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, Length);

    /// <summary>A span of exactly <paramref name="count"/> bytes at the end, marked written.</summary>
    public Span<byte> Reserve(int count)
    {
        Ensure(count);
        var span = _buffer.AsSpan(Length, count);
        Length += count;
        return span;
    }

    public void AppendByte(byte value)
    {
        Ensure(1);
        _buffer[Length++] = value;
    }

    public void Append(ReadOnlySpan<byte> bytes) => bytes.CopyTo(Reserve(bytes.Length));

    /// <summary>Free space at the end, at least <paramref name="sizeHint"/> bytes; commit with <see cref="Advance"/>.</summary>
    public Span<byte> GetSpan(int sizeHint)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(Length);
    }

    public void Advance(int count) => Length += count;

    public Span<byte> At(int position, int count) => _buffer.AsSpan(position, count);

    public void Clear() => Length = 0;

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
            throw new BsonEncodeException($"the encoded document would exceed {Array.MaxLength} bytes");
        }

        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(Array.MaxLength, Math.Max(required, (long)_buffer.Length * 2)));
        _buffer.AsSpan(0, Length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
