namespace Serverless.Bson;

/// <summary>Limits the binary decoder applies to untrusted input.</summary>
public sealed record BsonDecoderOptions
{
    public static BsonDecoderOptions Default { get; } = new();

    /// <summary>
    /// Deepest nesting of documents, arrays and scopes accepted. MongoDB itself refuses to store documents
    /// nested deeper than 100 levels (manual, "MongoDB Limits and Thresholds", Nested Depth for BSON
    /// Documents); the default leaves room above that while keeping recursion far from the stack's limit.
    /// </summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>
    /// Largest document a stream read accepts: 16 MiB, MongoDB's BSON document size limit, plus the 16 KiB
    /// headroom the server allows on the wire for command overhead.
    /// </summary>
    public int MaxDocumentSize { get; init; } = (16 * 1024 * 1024) + (16 * 1024);
}
