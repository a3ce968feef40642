namespace Serverless.Mongo.Protocol;

/// <summary>
/// One wire protocol message. Each kind knows how to write its own body; <see cref="WireMessageCodec"/>
/// frames it with the standard header.
/// </summary>
public abstract class WireMessage
{
    private protected WireMessage(int requestId, int responseTo)
    {
        RequestId = requestId;
        ResponseTo = responseTo;
    }

    /// <summary>The sender's id for this message; replies carry it in <see cref="ResponseTo"/>.</summary>
    public int RequestId { get; }

    /// <summary>The request id this message answers, or 0 for a request.</summary>
    public int ResponseTo { get; }

    public abstract OpCode OpCode { get; }

    /// <summary>Whether the encoder must append a CRC-32C of the whole message after the body.</summary>
    internal virtual bool AppendsChecksum => false;

    /// <summary>Writes everything after the 16-byte header (and before any checksum).</summary>
    internal abstract void WriteBody(PooledByteWriter writer);
}
