namespace Serverless.Mongo.Dns;

/// <summary>A DNS lookup failed: no name server answered in time, one reported an error, or a reply was malformed.</summary>
public sealed class DnsException : MongoException
{
    public DnsException()
    {
    }

    public DnsException(string message)
        : base(message)
    {
    }

    public DnsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
