namespace Serverless.Mongo;

/// <summary>
/// A write command answered ok: 1 but reported a per-document failure in writeErrors (CRUD spec, "Write
/// Errors"), e.g. code 11000 DuplicateKey. The first error is reported; the batch is ordered, so it is the only one.
/// </summary>
public class MongoWriteException : MongoException
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

    /// <summary>A single write's failure, reported from its bulk form (CRUD spec: insertOne, updateOne, … raise WriteException).</summary>
    public MongoWriteException(WriteError error, string serverAddress)
        : this(error?.Code ?? 0, error?.Message ?? string.Empty, error?.Index ?? 0, serverAddress)
    {
        WriteError = error;
    }

    /// <summary>The write happened but its write concern failed.</summary>
    public MongoWriteException(WriteConcernError error, string serverAddress)
        : this(error?.Code ?? 0, "write concern error: " + error?.Message, -1, serverAddress)
    {
        WriteConcernError = error;
    }

    public WriteError? WriteError { get; }

    public WriteConcernError? WriteConcernError { get; }

    public int Code { get; }

    /// <summary>Server error codes 11000/11001/12582 (manual, "Error Codes": DuplicateKey and its legacy forms).</summary>
    public bool IsDuplicateKey => Code is 11000 or 11001 or 12582;

    public string ErrorMessage { get; }

    /// <summary>Position of the failed statement in the batch.</summary>
    public int Index { get; }

    public string ServerAddress { get; }

    /// <summary>The exception for one write error: <see cref="MongoDuplicateKeyException"/> for a duplicate key, else this type.</summary>
    public static MongoWriteException Create(int code, string errorMessage, int index, string serverAddress) =>
        code is 11000 or 11001 or 12582
            ? new MongoDuplicateKeyException(code, errorMessage, index, serverAddress)
            : new MongoWriteException(code, errorMessage, index, serverAddress);

    /// <summary>The exception for a single write's one error, keeping it: <see cref="MongoDuplicateKeyException"/> for a duplicate key.</summary>
    public static MongoWriteException Create(WriteError error, string serverAddress)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Code is 11000 or 11001 or 12582
            ? new MongoDuplicateKeyException(error, serverAddress)
            : new MongoWriteException(error, serverAddress);
    }
}
