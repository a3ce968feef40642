namespace Serverless.Mongo;

/// <summary>
/// The base of the errors the MongoDB client raises for bad input or a failed operation, so callers can catch
/// one type for "the client said no" and let programming errors (ArgumentException and friends) through.
/// </summary>
public class MongoException : Exception
{
    public MongoException()
    {
    }

    public MongoException(string message)
        : base(message)
    {
    }

    public MongoException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
