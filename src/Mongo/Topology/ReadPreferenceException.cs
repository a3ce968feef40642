namespace Serverless.Mongo.Topology;

/// <summary>
/// A read preference breaks a rule of the Server Selection spec ("Read Preference"), either on its own
/// (tags or maxStalenessSeconds with mode primary) or for the deployment it is used against (maxStalenessSeconds
/// too small for a replica set).
/// </summary>
public sealed class ReadPreferenceException : MongoException
{
    public ReadPreferenceException()
    {
    }

    public ReadPreferenceException(string message)
        : base(message)
    {
    }

    public ReadPreferenceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
