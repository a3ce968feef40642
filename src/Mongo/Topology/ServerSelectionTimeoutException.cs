namespace Serverless.Mongo.Topology;

/// <summary>
/// No suitable server appeared before serverSelectionTimeoutMS elapsed (Server Selection spec, "Multi-threaded or
/// asynchronous server selection", step 10). The message names the selector and the last topology seen.
/// </summary>
public sealed class ServerSelectionTimeoutException : MongoTimeoutException
{
    public ServerSelectionTimeoutException()
    {
    }

    public ServerSelectionTimeoutException(string message)
        : base(message)
    {
    }

    public ServerSelectionTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
