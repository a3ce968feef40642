using Serverless.Mongo.Topology;
using static Serverless.Mongo.Tests.Topology.TestServers;

namespace Serverless.Mongo.Tests.Topology;

public sealed class TopologyDescriptionTests
{
    [Fact]
    public void Constructor_rejects_two_servers_at_one_address()
    {
        Should.Throw<ArgumentException>(() => TopologyOf(
            TopologyType.Sharded, Server("a:27017", ServerType.Mongos), Server("A:27017", ServerType.Mongos))).Message.ShouldContain("a:27017");
    }

    [Fact]
    public void WithServer_replaces_the_server_at_its_address_in_place()
    {
        var topology = TopologyOf(TopologyType.ReplicaSetNoPrimary, Server("a:27017", ServerType.RSSecondary), Server("b:27017", ServerType.RSSecondary));

        var changed = topology.WithServer(Server("a:27017", ServerType.RSPrimary)).WithType(TopologyType.ReplicaSetWithPrimary);

        Addresses(changed.Servers).ShouldBe(["a:27017", "b:27017"]);
        changed.Primary!.Address.ToString().ShouldBe("a:27017");
        topology.Primary.ShouldBeNull();
    }

    [Fact]
    public void WithServer_appends_a_new_address_and_WithoutServer_removes_it()
    {
        var topology = TopologyOf(TopologyType.Sharded, Server("a:27017", ServerType.Mongos));

        var grown = topology.WithServer(Server("b:27017", ServerType.Mongos));

        Addresses(grown.Servers).ShouldBe(["a:27017", "b:27017"]);
        Addresses(grown.WithoutServer(ServerAddress.Parse("a:27017")).Servers).ShouldBe(["b:27017"]);
    }

    [Fact]
    public void Heartbeat_frequency_defaults_to_ten_seconds_and_must_be_positive()
    {
        var topology = TopologyOf(TopologyType.Unknown);

        topology.HeartbeatFrequency.ShouldBe(TimeSpan.FromSeconds(10));
        Should.Throw<ArgumentOutOfRangeException>(() => topology.WithHeartbeatFrequency(TimeSpan.Zero));
    }
}
