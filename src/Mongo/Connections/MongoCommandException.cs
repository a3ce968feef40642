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
    public MongoCommandException(int code, string codeName, string errorMessage, string serverAddress, string commandName, Serverless.Bson.BsonDocument reply)
        : this(code, codeName, errorMessage, serverAddress, commandName)
    {
        Reply = reply;
    }

    /// <summary>The server's error reply as received, when the connection kept it.</summary>
    public Serverless.Bson.BsonDocument? Reply { get; }

    public int Code { get; }

    public string CodeName { get; }

    /// <summary>The server's errmsg.</summary>
    public string ErrorMessage { get; }

    public string ServerAddress { get; }

    public string CommandName { get; }
}
