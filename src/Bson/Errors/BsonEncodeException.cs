namespace Serverless.Bson;

/// <summary>Raised when a value cannot be written as BSON (e.g. a NUL byte inside a field name or regex).</summary>
public sealed class BsonEncodeException : BsonException
{
    public BsonEncodeException(string message)
        : base(message)
    {
    }
}
