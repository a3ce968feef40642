namespace Serverless.Mongo.Protocol;

/// <summary>
/// OP_MSG flagBits (Wire Protocol, "OP_MSG / Flag Bits"). Bits 0-15 are required: a receiver must reject a
/// message that sets one it does not know. Bits 16-31 are optional and may be ignored.
/// </summary>
[Flags]
public enum OpMsgFlagBits : uint
{
    None = 0,

    /// <summary>A CRC-32C of the whole message follows the last section.</summary>
    ChecksumPresent = 1 << 0,

    /// <summary>The sender will send another message without waiting for a reply.</summary>
    MoreToCome = 1 << 1,

    /// <summary>The client accepts several replies to this request (exhaust cursors, streaming hello).</summary>
    ExhaustAllowed = 1 << 16,
}
