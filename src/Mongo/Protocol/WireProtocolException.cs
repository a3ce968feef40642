namespace Serverless.Mongo.Protocol;

/// <summary>A wire message broke a framing rule; the message says which rule and where.</summary>
public sealed class WireProtocolException : Exception
{
    public WireProtocolException()
    {
    }

    public WireProtocolException(string message)
        : base(message)
    {
    }

    public WireProtocolException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
