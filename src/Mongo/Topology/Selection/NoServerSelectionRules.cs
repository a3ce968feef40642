namespace Serverless.Mongo.Topology.Selection;

/// <summary>Server Selection spec, "Topology type: Unknown": no server is suitable for reads or writes.</summary>
internal sealed class NoServerSelectionRules : ITopologySelectionRules
{
    public IReadOnlyList<ServerDescription> SuitableForRead(TopologyDescription topology, IReadOnlyList<ServerDescription> servers, ReadPreference readPreference) => [];

    public IReadOnlyList<ServerDescription> SuitableForWrite(TopologyDescription topology, IReadOnlyList<ServerDescription> servers) => [];
}
