namespace Serverless.Mongo.Embedded.Query;

/// <summary>
/// A filter, sort, projection or update the server would reject, with the server's error code and code name
/// (src/mongo/base/error_codes.yml) so the command layer can answer exactly as mongod does.
/// </summary>
public sealed class QueryException : MongoException
{
    private const int BadValueCode = 2;
    private const string BadValueName = "BadValue";

    public QueryException()
        : this(BadValueCode, BadValueName, "Bad value.")
    {
    }

    public QueryException(string message)
        : this(BadValueCode, BadValueName, message)
    {
    }

    public QueryException(string message, Exception innerException)
        : this(BadValueCode, BadValueName, message, innerException)
    {
    }

    public QueryException(int code, string codeName, string message)
        : base(message)
    {
        Code = code;
        CodeName = codeName;
    }

    public QueryException(int code, string codeName, string message, Exception innerException)
        : base(message, innerException)
    {
        Code = code;
        CodeName = codeName;
    }

    /// <summary>The numeric server error code, e.g. 2 for BadValue.</summary>
    public int Code { get; }

    /// <summary>The server's name for <see cref="Code"/>, e.g. "BadValue".</summary>
    public string CodeName { get; }
}
