using Serverless.Mongo.Topology;
using Serverless.Mongo.Topology.Selection;
using static Serverless.Mongo.Tests.Topology.TestServers;

namespace Serverless.Mongo.Tests.Topology.Selection;

public sealed class WritableServerSelectorTests
{
    [Fact]
    public void A_replica_set_with_a_primary_writes_to_the_primary_only()
    {
        Select(TopologyOf(TopologyType.ReplicaSetWithPrimary, Server("a:27017", ServerType.RSSecondary), Server("b:27017", ServerType.RSPrimary)))
            .ShouldBe(["b:27017"]);
    }

    [Fact]
    public void A_replica_set_without_a_primary_has_no_writable_server()
    {
        Select(TopologyOf(TopologyType.ReplicaSetNoPrimary, Server("a:27017", ServerType.RSSecondary), Server("b:27017", ServerType.PossiblePrimary)))
            .ShouldBeEmpty();
    }

    [Fact]
    public void Sharded_writes_go_to_any_mongos_and_single_to_its_available_server()
    {
        Select(TopologyOf(TopologyType.Sharded, Server("a:27017", ServerType.Mongos), Server("b:27017", ServerType.Mongos)))
            .ShouldBe(["a:27017", "b:27017"]);
        Select(TopologyOf(TopologyType.Single, Server("a:27017", ServerType.RSSecondary))).ShouldBe(["a:27017"]);
        Select(TopologyOf(TopologyType.Unknown, Server("a:27017", ServerType.Standalone))).ShouldBeEmpty();
    }

    private static string[] Select(TopologyDescription topology) =>
        Addresses(WritableServerSelector.Instance.SelectServers(topology, topology.Servers));
}
