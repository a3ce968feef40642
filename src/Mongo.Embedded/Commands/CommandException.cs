namespace Serverless.Mongo.Embedded.Commands;

/// <summary>
/// A command failed the way a MongoDB server reports it: a numeric code, its codeName and a message, turned
/// into <c>{ok: 0, errmsg, code, codeName}</c> by the dispatcher (server error_codes.yml names the codes).
/// </summary>
public sealed class CommandException : Exception
{
    public CommandException()
        : this(8, "UnknownError", "unknown error")
    {
    }

    public CommandException(string message)
        : this(8, "UnknownError", message)
    {
    }

    public CommandException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = 8;
        CodeName = "UnknownError";
    }

    public CommandException(int code, string codeName, string message)
        : base(message)
    {
        Code = code;
        CodeName = codeName;
    }

    public int Code { get; }

    public string CodeName { get; }
}
