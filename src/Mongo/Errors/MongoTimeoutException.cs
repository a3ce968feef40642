namespace Serverless.Mongo;

/// <summary>
/// An operation ran out of time on the client side: its time budget, serverSelectionTimeoutMS or
/// waitQueueTimeoutMS. Server-side expiry of maxTimeMS is a <see cref="MongoCommandException"/> with code 50
/// (MaxTimeMSExpired) instead, because the server reported it.
/// </summary>
public class MongoTimeoutException : MongoException
{
    public MongoTimeoutException()
    {
    }

    public MongoTimeoutException(string message)
        : base(message)
    {
    }

    public MongoTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The server the operation was using when time ran out, or null when none was selected yet.</summary>
    public string? ServerAddress { get; init; }

    /// <summary>The command that ran out of time, or null when unknown.</summary>
    public string? CommandName { get; init; }
}
