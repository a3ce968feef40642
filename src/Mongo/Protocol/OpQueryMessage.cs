using Serverless.Bson;

namespace Serverless.Mongo.Protocol;

/// <summary>
/// A legacy OP_QUERY (opcode 2004). Servers since 5.1 accept it only for the first hello/isMaster of a
/// connection, which drivers still send before they know the server speaks OP_MSG (Wire Protocol, "OP_QUERY").
/// </summary>
public sealed class OpQueryMessage : WireMessage
{
    public OpQueryMessage(int requestId, int flags, string fullCollectionName, int numberToSkip, int numberToReturn, BsonDocument query, BsonDocument? returnFieldsSelector = null)
        : base(requestId, 0)
    {
        ArgumentException.ThrowIfNullOrEmpty(fullCollectionName);
        ArgumentNullException.ThrowIfNull(query);
        Flags = flags;
        FullCollectionName = fullCollectionName;
        NumberToSkip = numberToSkip;
        NumberToReturn = numberToReturn;
        Query = query;
        ReturnFieldsSelector = returnFieldsSelector;
    }

    public override OpCode OpCode => OpCode.Query;

    public int Flags { get; }

    /// <summary>"db.collection"; commands go to "db.$cmd".</summary>
    public string FullCollectionName { get; }

    public int NumberToSkip { get; }

    public int NumberToReturn { get; }

    public BsonDocument Query { get; }

    public BsonDocument? ReturnFieldsSelector { get; }

    internal override void WriteBody(PooledByteWriter writer)
    {
        writer.WriteInt32(Flags);
        writer.WriteCString(FullCollectionName);
        writer.WriteInt32(NumberToSkip);
        writer.WriteInt32(NumberToReturn);
        writer.WriteDocument(Query);
        if (ReturnFieldsSelector is not null)
        {
            writer.WriteDocument(ReturnFieldsSelector);
        }
    }

    internal static OpQueryMessage Decode(MessageHeader header, ReadOnlySpan<byte> message)
    {
        var reader = new WireReader(message, MessageHeader.Size);
        var flags = reader.ReadInt32("OP_QUERY flags");
        var collection = reader.ReadCString("fullCollectionName", message.Length);
        var skip = reader.ReadInt32("numberToSkip");
        var toReturn = reader.ReadInt32("numberToReturn");
        var query = reader.ReadDocument("the query document", message.Length);
        BsonDocument? selector = null;
        if (reader.Position < message.Length)
        {
            selector = reader.ReadDocument("returnFieldsSelector", message.Length);
        }

        if (reader.Position != message.Length)
        {
            throw new WireProtocolException($"OP_QUERY has {message.Length - reader.Position} bytes after its last document");
        }

        if (collection.Length == 0)
        {
            throw new WireProtocolException("OP_QUERY fullCollectionName is empty");
        }

        return new OpQueryMessage(header.RequestId, flags, collection, skip, toReturn, query, selector);
    }
}
