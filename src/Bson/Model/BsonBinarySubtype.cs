namespace Serverless.Bson;

/// <summary>BSON binary subtypes (bsonspec.org; 0x80–0xFF are user defined).</summary>
public enum BsonBinarySubtype : byte
{
    Generic = 0x00,
    Function = 0x01,

    /// <summary>Deprecated: the payload carries its own int32 length prefix on the wire.</summary>
    OldBinary = 0x02,

    /// <summary>Deprecated: UUID in a driver-specific byte order.</summary>
    OldUuid = 0x03,
    Uuid = 0x04,
    Md5 = 0x05,
    Encrypted = 0x06,
    Column = 0x07,
    Sensitive = 0x08,
    Vector = 0x09,
    UserDefined = 0x80,
}
