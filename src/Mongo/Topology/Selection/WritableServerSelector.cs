namespace Serverless.Mongo.Topology.Selection;

/// <summary>The servers suitable for a write, by the rules of the topology type (Server Selection spec).</summary>
public sealed class WritableServerSelector : IServerSelector
{
    public static readonly WritableServerSelector Instance = new();

    private WritableServerSelector()
    {
    }

    public IReadOnlyList<ServerDescription> SelectServers(TopologyDescription topology, IReadOnlyList<ServerDescription> servers)
    {
        ArgumentNullException.ThrowIfNull(topology);
        ArgumentNullException.ThrowIfNull(servers);
        return TopologySelectionRules.For(topology.Type).SuitableForWrite(topology, servers);
    }

    public override string ToString() => "Writable";
}
