namespace Serverless.Mongo;

/// <summary>
/// A write command answered ok: 1 but reported a per-document failure in writeErrors (CRUD spec, "Write
/// Errors"), e.g. code 11000 DuplicateKey. The first error is reported; the batch is ordered, so it is the only one.
/// </summary>
public sealed class MongoWriteException : MongoException
{
    public MongoWriteException()
    {
        ErrorMessage = ServerAddress = string.Empty;
    }

    public MongoWriteException(string message)
        : base(message)
    {
        ErrorMessage = ServerAddress = string.Empty;
    }

    public MongoWriteException(string message, Exception innerException)
        : base(message, innerException)
    {
        ErrorMessage = ServerAddress = string.Empty;
    }

    public MongoWriteException(int code, string errorMessage, int index, string serverAddress)
        : base($"Write of document {index} failed on {serverAddress}: {errorMessage} (code {code})")
    {
        Code = code;
        ErrorMessage = errorMessage;
        Index = index;
        ServerAddress = serverAddress;
    }

    public int Code { get; }

    public string ErrorMessage { get; }

    /// <summary>Position of the failed statement in the batch.</summary>
    public int Index { get; }

    public string ServerAddress { get; }
}
