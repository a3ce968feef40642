namespace Serverless.Mongo.Protocol;

/// <summary>The 16-byte header that starts every wire message (Wire Protocol, "Standard Message Header").</summary>
public readonly record struct MessageHeader(int MessageLength, int RequestId, int ResponseTo, OpCode OpCode)
{
    /// <summary>Header size in bytes: four little-endian int32 values.</summary>
    public const int Size = 16;
}
