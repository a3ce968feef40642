namespace Serverless.Mongo.Topology;

/// <summary>A deployment's type, as the Server Discovery and Monitoring spec defines it ("TopologyType").</summary>
public enum TopologyType
{
    Unknown,
    Single,
    ReplicaSetNoPrimary,
    ReplicaSetWithPrimary,
    Sharded,
    LoadBalanced,
}
