namespace Serverless.Mongo.Topology;

/// <summary>The read preference modes of the Server Selection spec ("Components of a read preference/mode").</summary>
public enum ReadPreferenceMode
{
    Primary,
    PrimaryPreferred,
    Secondary,
    SecondaryPreferred,
    Nearest,
}
