namespace Serverless.Mongo.Topology.Selection;

/// <summary>
/// The servers suitable for a read with a read preference, by the rules of the topology type (Server Selection
/// spec, "Rules for server selection").
/// </summary>
public sealed class ReadPreferenceServerSelector : IServerSelector
{
    public ReadPreferenceServerSelector(ReadPreference readPreference) =>
        ReadPreference = readPreference ?? throw new ArgumentNullException(nameof(readPreference));

    public ReadPreference ReadPreference { get; }

    /// <exception cref="ReadPreferenceException">maxStalenessSeconds is too small for a replica set.</exception>
    public IReadOnlyList<ServerDescription> SelectServers(TopologyDescription topology, IReadOnlyList<ServerDescription> servers)
    {
        ArgumentNullException.ThrowIfNull(topology);
        ArgumentNullException.ThrowIfNull(servers);
        return TopologySelectionRules.For(topology.Type).SuitableForRead(topology, servers, ReadPreference);
    }

    public override string ToString() => "ReadPreference" + ReadPreference;
}
