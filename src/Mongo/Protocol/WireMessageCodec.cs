using System.Buffers;
using System.Buffers.Binary;

namespace Serverless.Mongo.Protocol;

/// <summary>
/// Frames wire messages: the 16-byte header plus the opcode's body. Framing is deliberately strict: the
/// declared length must fit the negotiated maximum and every byte must belong to a field.
/// </summary>
public static class WireMessageCodec
{
    /// <summary>maxMessageSizeBytes a MongoDB server reports in hello, used until a handshake says otherwise.</summary>
    public const int DefaultMaxMessageSize = 48_000_000;

    private static readonly Dictionary<OpCode, BodyDecoder> Decoders = new()
    {
        [OpCode.Msg] = OpMsgMessage.Decode,
        [OpCode.Query] = OpQueryMessage.Decode,
        [OpCode.Reply] = OpReplyMessage.Decode,
    };

    private delegate WireMessage BodyDecoder(MessageHeader header, ReadOnlySpan<byte> message);

    /// <summary>The complete message bytes, header included.</summary>
    public static byte[] Encode(WireMessage message)
    {
        using var writer = EncodeToWriter(message);
        return writer.WrittenSpan.ToArray();
    }

    public static async ValueTask WriteAsync(Stream stream, WireMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = EncodeToWriter(message);
        await stream.WriteAsync(writer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the header fields of a message without validating its body.</summary>
    /// <exception cref="WireProtocolException">Fewer than 16 bytes.</exception>
    public static MessageHeader ReadHeader(ReadOnlySpan<byte> message)
    {
        if (message.Length < MessageHeader.Size)
        {
            throw new WireProtocolException($"a message header is {MessageHeader.Size} bytes but only {message.Length} are present");
        }

        return new MessageHeader(
            BinaryPrimitives.ReadInt32LittleEndian(message),
            BinaryPrimitives.ReadInt32LittleEndian(message[4..]),
            BinaryPrimitives.ReadInt32LittleEndian(message[8..]),
            (OpCode)BinaryPrimitives.ReadInt32LittleEndian(message[12..]));
    }

    /// <summary>Decodes exactly one message occupying all of <paramref name="message"/>.</summary>
    /// <exception cref="WireProtocolException">A framing rule is broken; the message names it.</exception>
    public static WireMessage Decode(ReadOnlySpan<byte> message, int maxMessageSize = DefaultMaxMessageSize)
    {
        var header = ReadHeader(message);
        ValidateLength(header.MessageLength, maxMessageSize);
        if (header.MessageLength != message.Length)
        {
            throw new WireProtocolException($"messageLength says {header.MessageLength} bytes but the message has {message.Length}");
        }

        if (header.OpCode == OpCode.Compressed)
        {
            throw new WireProtocolException("OP_COMPRESSED (2012) received, but no compressor was negotiated");
        }

        return Decoders.TryGetValue(header.OpCode, out var decoder)
            ? decoder(header, message)
            : throw new WireProtocolException($"opcode {(int)header.OpCode} is not supported");
    }

    /// <summary>
    /// Reads one message from a stream into a pooled buffer and decodes it. Returns null when the stream ends
    /// cleanly before a message starts.
    /// </summary>
    /// <exception cref="WireProtocolException">The length is out of range, the stream ends mid-message, or the body is malformed.</exception>
    public static async ValueTask<WireMessage?> ReadAsync(Stream stream, CancellationToken cancellationToken, int maxMessageSize = DefaultMaxMessageSize)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var prefix = new byte[4];
        var got = await stream.ReadAtLeastAsync(prefix, 4, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        if (got == 0)
        {
            return null;
        }

        if (got < 4)
        {
            throw new WireProtocolException($"the stream ended after {got} bytes of a message length");
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(prefix);
        ValidateLength(length, maxMessageSize);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            prefix.CopyTo(buffer, 0);
            var rest = await stream.ReadAtLeastAsync(buffer.AsMemory(4, length - 4), length - 4, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            if (rest < length - 4)
            {
                throw new WireProtocolException($"the stream ended after {rest + 4} of the message's {length} bytes");
            }

            return Decode(buffer.AsSpan(0, length), maxMessageSize);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void ValidateLength(int length, int maxMessageSize)
    {
        if (length < MessageHeader.Size || length > maxMessageSize)
        {
            throw new WireProtocolException($"messageLength {length} is outside {MessageHeader.Size}..{maxMessageSize}");
        }
    }

    private static PooledByteWriter EncodeToWriter(WireMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var writer = new PooledByteWriter();
        try
        {
            writer.WriteInt32(0);
            writer.WriteInt32(message.RequestId);
            writer.WriteInt32(message.ResponseTo);
            writer.WriteInt32((int)message.OpCode);
            message.WriteBody(writer);
            var checksum = message.AppendsChecksum;
            writer.PatchInt32(0, writer.Length + (checksum ? 4 : 0));
            if (checksum)
            {
                var crc = Crc32C.Compute(writer.WrittenSpan);
                writer.WriteInt32(unchecked((int)crc));
            }

            return writer;
        }
        catch
        {
            writer.Dispose();
            throw;
        }
    }
}
