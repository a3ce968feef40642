using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>A successful SASL step's reply fields, in mongod's order: conversationId, payload, done.</summary>
internal sealed class SaslServerReply
{
    public SaslServerReply(int conversationId, byte[] payload, bool done)
    {
        Document =
        [
            new("conversationId", conversationId),
            new("payload", new BsonBinary(payload)),
            new("done", done),
        ];
    }

    /// <summary>The fields alone, as hello's speculativeAuthenticate sub-document carries them.</summary>
    public BsonDocument Document { get; }

    /// <summary>The fields plus ok: 1, as a saslStart/saslContinue command reply.</summary>
    public BsonDocument WithOk() => Document.With("ok", 1.0);
}
