namespace Serverless.Mongo.Topology;

/// <summary>Facts about server types that selection needs.</summary>
public static class ServerTypeExtensions
{
    /// <summary>
    /// Server Selection spec, "Terms/Available": a server of type Unknown or PossiblePrimary is not available;
    /// every other type is.
    /// </summary>
    public static bool IsAvailable(this ServerType type) => type is not (ServerType.Unknown or ServerType.PossiblePrimary);
}
