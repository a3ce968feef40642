using System.Collections.Frozen;

namespace Serverless.Mongo.Topology.Selection;

/// <summary>The suitability rules for each topology type.</summary>
internal static class TopologySelectionRules
{
    private static readonly ReplicaSetSelectionRules ReplicaSet = new();

    private static readonly FrozenDictionary<TopologyType, ITopologySelectionRules> Rules =
        new Dictionary<TopologyType, ITopologySelectionRules>
        {
            [TopologyType.Unknown] = new NoServerSelectionRules(),
            [TopologyType.Single] = new SingleServerSelectionRules(),
            [TopologyType.ReplicaSetNoPrimary] = ReplicaSet,
            [TopologyType.ReplicaSetWithPrimary] = ReplicaSet,
            [TopologyType.Sharded] = new ServerTypeSelectionRules(ServerType.Mongos),
            [TopologyType.LoadBalanced] = new ServerTypeSelectionRules(ServerType.LoadBalancer),
        }.ToFrozenDictionary();

    public static ITopologySelectionRules For(TopologyType type) =>
        Rules.TryGetValue(type, out var rules)
            ? rules
            : throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown topology type.");
}
