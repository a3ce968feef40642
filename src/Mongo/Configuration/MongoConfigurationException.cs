namespace Serverless.Mongo;

/// <summary>
/// A connection string (or the DNS seed list it points at) is invalid; the message names the rule that was
/// broken, e.g. "port must be a number from 1 to 65535".
/// </summary>
public sealed class MongoConfigurationException : MongoException
{
    public MongoConfigurationException()
    {
    }

    public MongoConfigurationException(string message)
        : base(message)
    {
    }

    public MongoConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
