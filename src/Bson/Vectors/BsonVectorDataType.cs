namespace Serverless.Bson;

/// <summary>The dtype byte of a binary subtype 9 vector (BSON Binary Subtype 9 spec, "Data Types").</summary>
public enum BsonVectorDataType : byte
{
    /// <summary>Signed 8-bit integers.</summary>
    Int8 = 0x03,

    /// <summary>Little-endian IEEE 754 single precision.</summary>
    Float32 = 0x27,

    /// <summary>Bits packed eight to a byte, most significant first; padding counts unused low bits of the last byte.</summary>
    PackedBit = 0x10,
}
