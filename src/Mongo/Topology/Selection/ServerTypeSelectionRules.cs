namespace Serverless.Mongo.Topology.Selection;

/// <summary>
/// Topologies whose every server of one type serves both reads and writes, the read preference only being passed
/// through: Sharded (Server Selection spec, "Topology type: Sharded": every Mongos) and LoadBalanced (Load Balancer
/// spec, "Server Selection": the LoadBalancer server).
/// </summary>
internal sealed class ServerTypeSelectionRules : ITopologySelectionRules
{
    private readonly ServerType _type;

    public ServerTypeSelectionRules(ServerType type) => _type = type;

    public IReadOnlyList<ServerDescription> SuitableForRead(TopologyDescription topology, IReadOnlyList<ServerDescription> servers, ReadPreference readPreference) =>
        OfType(servers);

    public IReadOnlyList<ServerDescription> SuitableForWrite(TopologyDescription topology, IReadOnlyList<ServerDescription> servers) =>
        OfType(servers);

    private ServerDescription[] OfType(IReadOnlyList<ServerDescription> servers) => [.. servers.Where(server => server.Type == _type)];
}
