namespace Serverless.Mongo.Topology;

/// <summary>A server's type, as the Server Discovery and Monitoring spec defines it ("ServerType").</summary>
public enum ServerType
{
    Unknown,
    Standalone,
    Mongos,
    PossiblePrimary,
    RSPrimary,
    RSSecondary,
    RSArbiter,
    RSOther,
    RSGhost,
    LoadBalancer,
}
