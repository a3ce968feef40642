namespace Serverless.Mongo.Topology;

/// <summary>
/// The deployment speaks wire versions this client does not (Server Selection spec, "Server Selection Algorithm",
/// step 2: "If the topology wire version is invalid, raise an error").
/// </summary>
public sealed class IncompatibleTopologyException : MongoException
{
    public IncompatibleTopologyException()
    {
    }

    public IncompatibleTopologyException(string message)
        : base(message)
    {
    }

    public IncompatibleTopologyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
