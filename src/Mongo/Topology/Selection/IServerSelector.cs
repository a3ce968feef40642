namespace Serverless.Mongo.Topology.Selection;

/// <summary>
/// One step of server selection: narrows <paramref name="servers"/> (a subset of the topology's servers) for
/// <paramref name="topology"/>. Steps are chained by <see cref="CompositeServerSelector"/>: read preference or
/// writability, then the latency window, then the choice by operation count.
/// </summary>
public interface IServerSelector
{
    /// <summary>The servers that survive this step, in their input order; empty when none is suitable.</summary>
    IReadOnlyList<ServerDescription> SelectServers(TopologyDescription topology, IReadOnlyList<ServerDescription> servers);
}
