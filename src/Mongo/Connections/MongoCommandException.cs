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

    public int Code { get; }

    public string CodeName { get; }

    /// <summary>The server's errmsg.</summary>
    public string ErrorMessage { get; }

    public string ServerAddress { get; }

    public string CommandName { get; }
}
