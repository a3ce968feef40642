using Serverless.Bson;

namespace Serverless.Mongo.Protocol;

/// <summary>A legacy OP_REPLY (opcode 1), the answer to an OP_QUERY (Wire Protocol, "OP_REPLY").</summary>
public sealed class OpReplyMessage : WireMessage
{
    public OpReplyMessage(int requestId, int responseTo, int responseFlags, long cursorId, int startingFrom, IReadOnlyList<BsonDocument> documents)
        : base(requestId, responseTo)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ResponseFlags = responseFlags;
        CursorId = cursorId;
        StartingFrom = startingFrom;
        Documents = documents;
    }

    public override OpCode OpCode => OpCode.Reply;

    public int ResponseFlags { get; }

    public long CursorId { get; }

    public int StartingFrom { get; }

    public IReadOnlyList<BsonDocument> Documents { get; }

    internal override void WriteBody(PooledByteWriter writer)
    {
        writer.WriteInt32(ResponseFlags);
        writer.WriteInt64(CursorId);
        writer.WriteInt32(StartingFrom);
        writer.WriteInt32(Documents.Count);
        foreach (var document in Documents)
        {
            writer.WriteDocument(document);
        }
    }

    internal static OpReplyMessage Decode(MessageHeader header, ReadOnlySpan<byte> message)
    {
        var reader = new WireReader(message, MessageHeader.Size);
        var flags = reader.ReadInt32("responseFlags");
        var cursorId = reader.ReadInt64("cursorID");
        var startingFrom = reader.ReadInt32("startingFrom");
        var count = reader.ReadInt32("numberReturned");
        if (count < 0)
        {
            throw new WireProtocolException($"OP_REPLY numberReturned is negative ({count})");
        }

        var documents = new List<BsonDocument>();
        for (var i = 0; i < count; i++)
        {
            documents.Add(reader.ReadDocument($"reply document {i}", message.Length));
        }

        if (reader.Position != message.Length)
        {
            throw new WireProtocolException($"OP_REPLY has {message.Length - reader.Position} bytes after its {count} documents");
        }

        return new OpReplyMessage(header.RequestId, header.ResponseTo, flags, cursorId, startingFrom, documents);
    }
}
