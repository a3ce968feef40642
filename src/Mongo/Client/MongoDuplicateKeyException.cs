namespace Serverless.Mongo;

/// <summary>A write was rejected because it would duplicate a unique index key (server code 11000, DuplicateKey).</summary>
public sealed class MongoDuplicateKeyException : MongoWriteException
{
    public MongoDuplicateKeyException()
    {
    }

    public MongoDuplicateKeyException(string message)
        : base(message)
    {
    }

    public MongoDuplicateKeyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public MongoDuplicateKeyException(int code, string errorMessage, int index, string serverAddress)
        : base(code, errorMessage, index, serverAddress)
    {
    }

    public MongoDuplicateKeyException(WriteError error, string serverAddress)
        : base(error, serverAddress)
    {
    }
}
