using System.Buffers;
using System.Buffers.Binary;

namespace Serverless.Bson;

/// <summary>BSON binary encoding and decoding of whole documents, over spans and streams.</summary>
public static class BsonCodec
{
    /// <summary>Decodes one document occupying exactly <paramref name="bson"/>.</summary>
    /// <exception cref="BsonDecodeException">The bytes break a rule of the BSON spec; names offset and rule.</exception>
    public static BsonDocument Decode(ReadOnlySpan<byte> bson, BsonDecoderOptions? options = null) =>
        BsonDecoder.DecodeDocument(bson, options ?? BsonDecoderOptions.Default);

    /// <exception cref="BsonEncodeException">A field name or regex holds NUL, or a string an unpaired surrogate.</exception>
    public static byte[] Encode(BsonDocument document)
    {
        using var buffer = EncodeToBuffer(document);
        return buffer.WrittenSpan.ToArray();
    }

    /// <exception cref="BsonEncodeException">A field name or regex holds NUL, or a string an unpaired surrogate.</exception>
    public static void Encode(BsonDocument document, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = EncodeToBuffer(document);
        output.Write(buffer.WrittenSpan);
    }

    /// <summary>Writes one document to a stream.</summary>
    public static async ValueTask WriteAsync(Stream stream, BsonDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = EncodeToBuffer(document);
        await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads one length-prefixed document from a stream. Returns null at a clean end of stream (no bytes),
    /// throws <see cref="BsonDecodeException"/> for a truncated or oversized document.
    /// </summary>
    public static async ValueTask<BsonDocument?> ReadAsync(Stream stream, CancellationToken cancellationToken, BsonDecoderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= BsonDecoderOptions.Default;
        var header = new byte[4];
        var got = await stream.ReadAtLeastAsync(header, 4, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        if (got == 0)
        {
            return null;
        }

        if (got < 4)
        {
            throw new BsonDecodeException(got, "the stream ended inside a document's length prefix");
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(header);
        if (length < 5 || length > options.MaxDocumentSize)
        {
            throw new BsonDecodeException(0, $"document length {length} is outside 5..{options.MaxDocumentSize}");
        }

        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            header.CopyTo(buffer, 0);
            var body = await stream.ReadAtLeastAsync(buffer.AsMemory(4, length - 4), length - 4, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            if (body < length - 4)
            {
                throw new BsonDecodeException(4 + body, $"the stream ended after {4 + body} of the document's {length} bytes");
            }

            return BsonDecoder.DecodeDocument(buffer.AsSpan(0, length), options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static PooledBuffer EncodeToBuffer(BsonDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var buffer = new PooledBuffer();
        try
        {
            new BsonEncoder(buffer).WriteDocument(document);
            return buffer;
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }
}
