using Serverless.Bson;

namespace Serverless.Mongo.Protocol;

/// <summary>
/// An OP_MSG (opcode 2013): flag bits, exactly one body section (kind 0), any number of document sequences
/// (kind 1), and an optional CRC-32C checksum (Wire Protocol, "OP_MSG").
/// </summary>
public sealed class OpMsgMessage : WireMessage
{
    private const byte BodyKind = 0;
    private const byte SequenceKind = 1;

    // Required bits are 0-15; of those only checksumPresent and moreToCome are defined ("OP_MSG / Flag Bits").
    private const uint RequiredBitsMask = 0xFFFF;
    private const uint KnownRequiredBits = (uint)(OpMsgFlagBits.ChecksumPresent | OpMsgFlagBits.MoreToCome);

    public OpMsgMessage(int requestId, int responseTo, OpMsgFlagBits flags, BsonDocument body, IReadOnlyList<DocumentSequence>? sequences = null)
        : base(requestId, responseTo)
    {
        ArgumentNullException.ThrowIfNull(body);
        var unknown = (uint)flags & RequiredBitsMask & ~KnownRequiredBits;
        if (unknown != 0)
        {
            throw new ArgumentException($"OP_MSG required flag bits 0x{unknown:X} are not defined by the protocol.", nameof(flags));
        }

        Flags = flags;
        Body = body;
        Sequences = sequences ?? [];
    }

    public override OpCode OpCode => OpCode.Msg;

    public OpMsgFlagBits Flags { get; }

    /// <summary>The kind-0 section: the command document (first key is the command name).</summary>
    public BsonDocument Body { get; }

    /// <summary>The kind-1 sections in wire order.</summary>
    public IReadOnlyList<DocumentSequence> Sequences { get; }

    internal override bool AppendsChecksum => Flags.HasFlag(OpMsgFlagBits.ChecksumPresent);

    /// <summary>
    /// The body with each document sequence added as an array field of the same name, which is how a server
    /// sees the command ("OP_MSG / Kind 1": the sequence is equivalent to an array in the body).
    /// </summary>
    /// <exception cref="WireProtocolException">A sequence's identifier also names a body field or another sequence.</exception>
    public BsonDocument MergedBody()
    {
        if (Sequences.Count == 0)
        {
            return Body;
        }

        var elements = new List<BsonElement>(Body.Count + Sequences.Count);
        elements.AddRange(Body);
        var names = new HashSet<string>(Body.Names, StringComparer.Ordinal);
        foreach (var sequence in Sequences)
        {
            if (!names.Add(sequence.Identifier))
            {
                throw new WireProtocolException($"document sequence '{sequence.Identifier}' duplicates a field of the command body or another sequence");
            }

            elements.Add(new BsonElement(sequence.Identifier, new BsonArray(sequence.Documents)));
        }

        return new BsonDocument(elements);
    }

    internal override void WriteBody(PooledByteWriter writer)
    {
        writer.WriteInt32((int)Flags);
        writer.WriteByte(BodyKind);
        writer.WriteDocument(Body);
        foreach (var sequence in Sequences)
        {
            writer.WriteByte(SequenceKind);
            var sizePosition = writer.Length;
            writer.WriteInt32(0);
            writer.WriteCString(sequence.Identifier);
            foreach (var document in sequence.Documents)
            {
                writer.WriteDocument(document);
            }

            // The size counts itself, the identifier and the documents, not the kind byte ("Kind 1").
            writer.PatchInt32(sizePosition, writer.Length - sizePosition);
        }
    }

    internal static OpMsgMessage Decode(MessageHeader header, ReadOnlySpan<byte> message)
    {
        var reader = new WireReader(message, MessageHeader.Size);
        var flags = reader.ReadUInt32("flagBits");
        var unknown = flags & RequiredBitsMask & ~KnownRequiredBits;
        if (unknown != 0)
        {
            throw new WireProtocolException($"OP_MSG sets required flag bits 0x{unknown:X} that this implementation does not know");
        }

        var end = message.Length;
        if ((flags & (uint)OpMsgFlagBits.ChecksumPresent) != 0)
        {
            end = VerifyChecksum(message);
        }

        BsonDocument? body = null;
        var sequences = new List<DocumentSequence>();
        while (reader.Position < end)
        {
            var kind = reader.ReadByte("a section kind");
            if (kind == BodyKind)
            {
                if (body is not null)
                {
                    throw new WireProtocolException($"OP_MSG has a second body section (kind 0) at offset {reader.Position - 1}; exactly one is allowed");
                }

                body = reader.ReadDocument("the body section", end);
            }
            else if (kind == SequenceKind)
            {
                sequences.Add(ReadSequence(ref reader, end));
            }
            else
            {
                throw new WireProtocolException($"OP_MSG section at offset {reader.Position - 1} has unknown kind {kind}");
            }
        }

        if (body is null)
        {
            throw new WireProtocolException("OP_MSG has no body section (kind 0); exactly one is required");
        }

        return new OpMsgMessage(header.RequestId, header.ResponseTo, (OpMsgFlagBits)flags, body, sequences);
    }

    private static DocumentSequence ReadSequence(ref WireReader reader, int end)
    {
        var start = reader.Position;
        var size = reader.ReadInt32("a document sequence size");
        if (size < 5 || size > end - start)
        {
            throw new WireProtocolException($"document sequence at offset {start} declares size {size}, outside 5..{end - start}");
        }

        var sequenceEnd = start + size;
        var identifier = reader.ReadCString("a document sequence identifier", sequenceEnd);
        var documents = new List<BsonDocument>();
        while (reader.Position < sequenceEnd)
        {
            documents.Add(reader.ReadDocument($"document {documents.Count} of sequence '{identifier}'", sequenceEnd));
        }

        return new DocumentSequence(identifier, documents);
    }

    private static int VerifyChecksum(ReadOnlySpan<byte> message)
    {
        var end = message.Length - 4;
        if (end < MessageHeader.Size + 4)
        {
            throw new WireProtocolException("OP_MSG sets checksumPresent but is too short to hold a checksum");
        }

        var declared = new WireReader(message, end).ReadUInt32("the checksum");
        var actual = Crc32C.Compute(message[..end]);
        return declared == actual
            ? end
            : throw new WireProtocolException($"OP_MSG checksum mismatch: message says 0x{declared:X8}, content gives 0x{actual:X8}");
    }
}
