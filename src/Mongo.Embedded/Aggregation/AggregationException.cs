namespace Serverless.Mongo.Embedded.Aggregation;

/// <summary>
/// A pipeline or expression the server would reject, with MongoDB's numeric code and code name
/// (src/mongo/base/error_codes.yml, or the "LocationNNNNN" name the server gives to assertion sites).
/// </summary>
public sealed class AggregationException : MongoException
{
    private const int BadValueCode = 2;
    private const string BadValueName = "BadValue";

    public AggregationException()
        : this(BadValueCode, BadValueName, "Bad value.")
    {
    }

    public AggregationException(string message)
        : this(BadValueCode, BadValueName, message)
    {
    }

    public AggregationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = BadValueCode;
        CodeName = BadValueName;
    }

    public AggregationException(int code, string codeName, string message)
        : base(message)
    {
        Code = code;
        CodeName = codeName;
    }

    /// <summary>The numeric server error code, e.g. 40324 for an unknown stage.</summary>
    public int Code { get; }

    /// <summary>The server's name for <see cref="Code"/>, e.g. "Location40324" or "TypeMismatch".</summary>
    public string CodeName { get; }
}
