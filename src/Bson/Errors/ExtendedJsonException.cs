namespace Serverless.Bson;

/// <summary>Raised for text that is not valid JSON or not valid Extended JSON v2; names the position.</summary>
public sealed class ExtendedJsonException : BsonException
{
    public ExtendedJsonException(long position, string message)
        : base($"Invalid Extended JSON at position {position}: {message}")
    {
        Position = position;
    }

    /// <summary>Zero-based byte offset in the UTF-8 input where the problem was detected.</summary>
    public long Position { get; }
}
