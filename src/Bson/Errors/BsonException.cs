namespace Serverless.Bson;

/// <summary>
/// The one error type the BSON layer raises for bad input, binary or Extended JSON. Callers can catch it and
/// know the input was at fault, never the library.
/// </summary>
public class BsonException : Exception
{
    public BsonException(string message)
        : base(message)
    {
    }

    public BsonException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
