using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>
/// A command the server answered with <c>ok: 0</c> (OP_MSG spec: the reply body carries ok, code, codeName, errmsg).
/// </summary>
public sealed class MongoCommandException : MongoException
{
    public MongoCommandException()
    {
        CodeName = ErrorMessage = ServerAddress = CommandName = string.Empty;
    }

    public MongoCommandException(string message)
        : base(message)
    {
        CodeName = ErrorMessage = ServerAddress = CommandName = string.Empty;
    }

    public MongoCommandException(string message, Exception innerException)
        : base(message, innerException)
    {
        CodeName = ErrorMessage = ServerAddress = CommandName = string.Empty;
    }

    public MongoCommandException(int code, string codeName, string errorMessage, string serverAddress, string commandName)
        : base($"Command {commandName} failed on {serverAddress}: {errorMessage} (code {code}, {codeName})")
    {
        Code = code;
        CodeName = codeName;
        ErrorMessage = errorMessage;
        ServerAddress = serverAddress;
        CommandName = commandName;
    }

    /// <param name="reply">The server's whole error reply (CRUD spec: drivers expose it, e.g. for keyPattern/keyValue).</param>
    public MongoCommandException(int code, string codeName, string errorMessage, string serverAddress, string commandName, BsonDocument reply)
        : this(code, codeName, errorMessage, serverAddress, commandName)
    {
        Reply = reply;
    }

    /// <summary>The server's error reply as received, when the connection kept it.</summary>
    public BsonDocument? Reply { get; }

    /// <summary>The reply's errorLabels, e.g. RetryableWriteError (Retryable Writes spec, "Determining Retryable Errors").</summary>
    public IReadOnlyList<string> ErrorLabels { get; init; } = [];

    /// <summary>Server error codes 11000/11001/12582 (manual, "Error Codes": DuplicateKey and its legacy forms).</summary>
    public bool IsDuplicateKey => Code is 11000 or 11001 or 12582;

    public int Code { get; }

    public string CodeName { get; }

    /// <summary>The server's errmsg.</summary>
    public string ErrorMessage { get; }

    public string ServerAddress { get; }

    public string CommandName { get; }

    /// <summary>The exception for an <c>ok: 0</c> reply: its code, codeName, errmsg and errorLabels, keeping the reply.</summary>
    internal static MongoCommandException FromReply(BsonDocument reply, string serverAddress, string commandName) =>
        new(
            BsonNumbers.Int32(reply, "code", 0),
            reply.GetValueOrDefault("codeName") is BsonString codeName ? codeName.Value : string.Empty,
            reply.GetValueOrDefault("errmsg") is BsonString errmsg ? errmsg.Value : reply.ToString(),
            serverAddress,
            commandName,
            reply)
        {
            ErrorLabels = reply.GetValueOrDefault("errorLabels") is BsonArray labels ? [.. labels.OfType<BsonString>().Select(label => label.Value)] : [],
        };
}
