namespace Serverless.Mongo;

/// <summary>
/// No connection became available within waitQueueTimeoutMS because the pool is at maxPoolSize (CMAP spec,
/// "Checking Out a Connection": the wait-queue timeout raises WaitQueueTimeoutError).
/// </summary>
public sealed class MongoWaitQueueTimeoutException : MongoTimeoutException
{
    public MongoWaitQueueTimeoutException()
    {
    }

    public MongoWaitQueueTimeoutException(string message)
        : base(message)
    {
    }

    public MongoWaitQueueTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
