using System.Collections.Frozen;

namespace Serverless.Mongo.Topology.Selection;

/// <summary>
/// Server Selection spec, "Topology types: ReplicaSetWithPrimary or ReplicaSetNoPrimary". Reads follow the read
/// preference mode; only RSPrimary and RSSecondary servers are ever candidates ("Note on other server types").
/// Writes need the primary, so a replica set without one has no suitable server.
/// </summary>
internal sealed class ReplicaSetSelectionRules : ITopologySelectionRules
{
    private delegate IReadOnlyList<ServerDescription> ModeRule(ReadCandidates candidates);

    // "Read operations": one rule per mode, in the spec's words.
    private static readonly FrozenDictionary<ReadPreferenceMode, ModeRule> ModeRules = new Dictionary<ReadPreferenceMode, ModeRule>
    {
        // "If mode is 'primary', select the primary server."
        [ReadPreferenceMode.Primary] = candidates => candidates.Primaries,

        // "select the primary if it is known, otherwise attempt the selection algorithm with mode 'secondary'".
        [ReadPreferenceMode.PrimaryPreferred] = candidates =>
            candidates.Primaries.Count > 0 ? candidates.Primaries : candidates.Eligible(candidates.Secondaries),

        [ReadPreferenceMode.Secondary] = candidates => candidates.Eligible(candidates.Secondaries),

        // "attempt the selection algorithm with mode 'secondary' ... If no server matches, select the primary."
        [ReadPreferenceMode.SecondaryPreferred] = candidates =>
            candidates.Eligible(candidates.Secondaries) is { Count: > 0 } secondaries ? secondaries : candidates.Primaries,

        [ReadPreferenceMode.Nearest] = candidates => candidates.Eligible(candidates.PrimariesAndSecondaries),
    }.ToFrozenDictionary();

    public IReadOnlyList<ServerDescription> SuitableForRead(TopologyDescription topology, IReadOnlyList<ServerDescription> servers, ReadPreference readPreference)
    {
        // Checked before looking at servers: the Max Staleness tests expect the error even with no known member.
        MaxStalenessFilter.Validate(readPreference, topology);
        return ModeRules[readPreference.Mode](new ReadCandidates(topology, servers, readPreference));
    }

    public IReadOnlyList<ServerDescription> SuitableForWrite(TopologyDescription topology, IReadOnlyList<ServerDescription> servers) =>
        topology.Type == TopologyType.ReplicaSetWithPrimary
            ? [.. servers.Where(server => server.Type == ServerType.RSPrimary)]
            : [];

    /// <summary>The primaries and secondaries among the servers offered, and the eligibility filter for them.</summary>
    private sealed class ReadCandidates(TopologyDescription topology, IReadOnlyList<ServerDescription> servers, ReadPreference readPreference)
    {
        public IReadOnlyList<ServerDescription> Primaries { get; } = [.. servers.Where(server => server.Type == ServerType.RSPrimary)];

        public IReadOnlyList<ServerDescription> Secondaries { get; } = [.. servers.Where(server => server.Type == ServerType.RSSecondary)];

        public IReadOnlyList<ServerDescription> PrimariesAndSecondaries { get; } =
            [.. servers.Where(server => server.Type is ServerType.RSPrimary or ServerType.RSSecondary)];

        /// <summary>"Eligible": staleness first, then tag sets ("why is maxStalenessSeconds applied before tag_sets?").</summary>
        public IReadOnlyList<ServerDescription> Eligible(IReadOnlyList<ServerDescription> candidates) =>
            TagSetFilter.Apply(MaxStalenessFilter.Apply(topology, candidates, readPreference.MaxStaleness), readPreference.TagSets);
    }
}
