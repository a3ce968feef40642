namespace Serverless.Mongo.Protocol;

/// <summary>Wire protocol opcodes this codebase speaks (MongoDB Wire Protocol, "Opcodes").</summary>
public enum OpCode
{
    /// <summary>Legacy reply, still needed to answer a driver's first OP_QUERY hello.</summary>
    Reply = 1,

    /// <summary>Legacy query; since MongoDB 5.1 only the hello/isMaster handshake may use it.</summary>
    Query = 2004,

    /// <summary>Compressed wrapper; only used once compression is negotiated, which we never offer.</summary>
    Compressed = 2012,

    /// <summary>The extensible message format every modern command uses.</summary>
    Msg = 2013,
}
