namespace Serverless.Mongo;

/// <summary>A network-level failure talking to one server: connect, write, read, or a reply the protocol forbids.</summary>
public sealed class MongoConnectionException : MongoException
{
    public MongoConnectionException()
    {
        ServerAddress = string.Empty;
    }

    public MongoConnectionException(string message)
        : base(message)
    {
        ServerAddress = string.Empty;
    }

    public MongoConnectionException(string message, Exception innerException)
        : base(message, innerException)
    {
        ServerAddress = string.Empty;
    }

    public MongoConnectionException(string serverAddress, string message, Exception? innerException)
        : base($"{serverAddress}: {message}", innerException ?? new IOException(message))
    {
        ServerAddress = serverAddress;
    }

    /// <summary>The "host:port" of the server the connection was to.</summary>
    public string ServerAddress { get; }

    /// <summary>The command whose exchange failed, or null when the failure happened while connecting.</summary>
    public string? CommandName { get; init; }
}
