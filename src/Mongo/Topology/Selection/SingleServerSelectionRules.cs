namespace Serverless.Mongo.Topology.Selection;

/// <summary>
/// Server Selection spec, "Topology type: Single": a direct connection; the read preference is ignored and the one
/// server is suitable for reads and writes whenever it is available, whatever its type.
/// </summary>
internal sealed class SingleServerSelectionRules : ITopologySelectionRules
{
    public IReadOnlyList<ServerDescription> SuitableForRead(TopologyDescription topology, IReadOnlyList<ServerDescription> servers, ReadPreference readPreference) =>
        Available(servers);

    public IReadOnlyList<ServerDescription> SuitableForWrite(TopologyDescription topology, IReadOnlyList<ServerDescription> servers) =>
        Available(servers);

    private static ServerDescription[] Available(IReadOnlyList<ServerDescription> servers) => [.. servers.Where(server => server.IsAvailable)];
}
