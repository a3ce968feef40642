using Serverless.Mongo.Topology;
using Serverless.Mongo.Topology.Selection;
using static Serverless.Mongo.Tests.Topology.TestServers;

namespace Serverless.Mongo.Tests.Topology.Selection;

/// <summary>Our own vectors for the maxStalenessSeconds rules (Server Selection spec, Max Staleness spec).</summary>
public sealed class MaxStalenessTests
{
    private static readonly DateTimeOffset T0 = DateTimeOffset.UnixEpoch;

    [Theory]
    [InlineData(TopologyType.ReplicaSetWithPrimary)]
    [InlineData(TopologyType.ReplicaSetNoPrimary)]
    public void Replica_sets_reject_max_staleness_below_ninety_seconds_even_without_known_servers(TopologyType type)
    {
        var topology = new TopologyDescription(type, [new ServerDescription(ServerAddress.Parse("a:27017"))], TimeSpan.FromSeconds(1));

        Should.Throw<ReadPreferenceException>(() => Select(topology, 89)).Message.ShouldContain("smallest");
    }

    [Fact]
    public void Replica_sets_reject_max_staleness_below_heartbeat_plus_idle_write_period()
    {
        var topology = new TopologyDescription(TopologyType.ReplicaSetNoPrimary, [], TimeSpan.FromSeconds(100));

        Should.Throw<ReadPreferenceException>(() => Select(topology, 100)).Message.ShouldContain("heartbeatFrequencyMS");
        Select(topology, 110).ShouldBeEmpty();
    }

    [Fact]
    public void Sharded_topologies_pass_a_small_max_staleness_through_unchecked()
    {
        var topology = TopologyOf(TopologyType.Sharded, Server("m:27017", ServerType.Mongos));

        Select(topology, 1).ShouldBe(["m:27017"]);
    }

    [Fact]
    public void With_a_primary_staleness_compares_each_secondary_lag_with_the_primary_lag()
    {
        // Heartbeat 25 s. The primary was checked at 0 s having written at 0 s. b was checked 125 s later with the
        // same last write, so it is 125 + 25 = 150 s stale; c wrote 1 ms earlier still.
        var primary = Server("a:27017", ServerType.RSPrimary, 50).WithLastUpdateTime(T0).WithLastWriteDate(T0);
        var fresh = Server("b:27017", ServerType.RSSecondary).WithLastUpdateTime(T0.AddSeconds(125)).WithLastWriteDate(T0);
        var stale = Server("c:27017", ServerType.RSSecondary).WithLastUpdateTime(T0.AddSeconds(125)).WithLastWriteDate(T0.AddMilliseconds(-1));
        var topology = new TopologyDescription(TopologyType.ReplicaSetWithPrimary, [primary, fresh, stale], TimeSpan.FromSeconds(25));

        Select(topology, 150).ShouldBe(["a:27017", "b:27017"]);
    }

    [Fact]
    public void Without_a_primary_staleness_is_measured_from_the_newest_secondary()
    {
        // Heartbeat 10 s: b is the newest (0 s behind + 10 s), c is 81 s behind (91 s), d has no lastWriteDate.
        var newest = Server("b:27017", ServerType.RSSecondary).WithLastWriteDate(T0.AddSeconds(200));
        var behind = Server("c:27017", ServerType.RSSecondary).WithLastWriteDate(T0.AddSeconds(119));
        var unknown = Server("d:27017", ServerType.RSSecondary);
        var topology = new TopologyDescription(TopologyType.ReplicaSetNoPrimary, [newest, behind, unknown], TimeSpan.FromSeconds(10));

        Select(topology, 90).ShouldBe(["b:27017"]);
        Select(topology, 91).ShouldBe(["b:27017", "c:27017"]);
    }

    private static string[] Select(TopologyDescription topology, int maxStalenessSeconds) =>
        Addresses(new ReadPreferenceServerSelector(new ReadPreference(ReadPreferenceMode.Nearest, maxStaleness: TimeSpan.FromSeconds(maxStalenessSeconds)))
            .SelectServers(topology, topology.Servers));
}
