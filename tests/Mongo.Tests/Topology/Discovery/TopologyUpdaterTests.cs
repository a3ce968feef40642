using Serverless.Bson;
using Serverless.Mongo.Topology;
using Serverless.Mongo.Topology.Discovery;
using static Serverless.Mongo.Tests.Topology.Discovery.HelloReplies;

namespace Serverless.Mongo.Tests.Topology.Discovery;

public sealed class TopologyUpdaterTests
{
    [Theory]
    [InlineData("mongodb://a", TopologyType.Unknown)]
    [InlineData("mongodb://a/?directConnection=true", TopologyType.Single)]
    [InlineData("mongodb://a,b/?replicaSet=rs0", TopologyType.ReplicaSetNoPrimary)]
    [InlineData("mongodb://a/?loadBalanced=true", TopologyType.LoadBalanced)]
    public void Initial_type_comes_from_the_connection_string(string uri, TopologyType expected)
    {
        TopologyUpdater.InitialType(ConnectionString.Parse(uri)).ShouldBe(expected);
    }

    [Fact]
    public void Primary_reply_discovers_the_members_it_lists_and_drops_the_seeds_it_does_not()
    {
        var topology = Seeds(TopologyType.Unknown, "a:1", "x:9");

        var updated = new TopologyUpdater(2).Apply(topology, Primary("a:1", ["a:1", "b:2", "c:3"]));

        updated.Type.ShouldBe(TopologyType.ReplicaSetWithPrimary);
        updated.SetName.ShouldBe("rs0");
        updated.Servers.Select(server => (server.Address.ToString(), server.Type)).ShouldBe(
            [("a:1", ServerType.RSPrimary), ("b:2", ServerType.Unknown), ("c:3", ServerType.Unknown)]);
    }

    [Fact]
    public void Secondary_reply_adds_members_without_removing_any()
    {
        var topology = Seeds(TopologyType.Unknown, "b:2", "x:9");

        var updated = new TopologyUpdater(2).Apply(topology, Secondary("b:2", ["a:1", "b:2"]));

        updated.Type.ShouldBe(TopologyType.ReplicaSetNoPrimary);
        updated.Servers.Select(server => server.Address.ToString()).ShouldBe(["b:2", "x:9", "a:1"]);
    }

    [Fact]
    public void Member_of_another_replica_set_is_removed()
    {
        var topology = Seeds(TopologyType.ReplicaSetNoPrimary, "a:1", "b:2").WithSetName("rs0");

        var updated = new TopologyUpdater(2).Apply(topology, Secondary("b:2", ["b:2"], setName: "other"));

        updated.Servers.ShouldHaveSingleItem().Address.ToString().ShouldBe("a:1");
    }

    [Fact]
    public void Member_whose_me_differs_from_its_seed_address_is_removed()
    {
        var topology = Seeds(TopologyType.ReplicaSetNoPrimary, "alias:1").WithSetName("rs0");

        var updated = new TopologyUpdater(1).Apply(topology, Secondary("alias:1", ["real:1"], me: "real:1"));

        updated.Servers.ShouldHaveSingleItem().Address.ToString().ShouldBe("real:1");
    }

    [Fact]
    public void New_primary_demotes_the_old_one_and_a_stale_primary_is_marked_unknown()
    {
        var older = ObjectId.Parse("000000000000000000000001");
        var newer = ObjectId.Parse("000000000000000000000002");
        var updater = new TopologyUpdater(2);
        var topology = updater.Apply(Seeds(TopologyType.ReplicaSetNoPrimary, "a:1", "b:2"), Primary("a:1", ["a:1", "b:2"], 1, older));

        topology = updater.Apply(topology, Primary("b:2", ["a:1", "b:2"], 1, newer));
        topology.Primary!.Address.ToString().ShouldBe("b:2");
        topology.Find(ServerAddress.Parse("a:1"))!.Type.ShouldBe(ServerType.Unknown);

        // a:1 has not heard of the new election yet: its older electionId makes its claim stale.
        topology = updater.Apply(topology, Primary("a:1", ["a:1", "b:2"], 1, older));
        topology.Primary!.Address.ToString().ShouldBe("b:2");
        topology.Find(ServerAddress.Parse("a:1"))!.Error.ShouldNotBeNull().ShouldContain("stale primary");
    }

    [Fact]
    public void Standalone_is_single_as_the_only_seed_and_removed_among_several()
    {
        var standalone = Describe("a:1", new BsonElement("isWritablePrimary", true));

        new TopologyUpdater(1).Apply(Seeds(TopologyType.Unknown, "a:1"), standalone).Type.ShouldBe(TopologyType.Single);
        new TopologyUpdater(2).Apply(Seeds(TopologyType.Unknown, "a:1", "b:2"), standalone).Servers.ShouldHaveSingleItem().Address.ToString().ShouldBe("b:2");
    }

    [Fact]
    public void Mongos_makes_the_topology_sharded_and_a_non_mongos_is_then_removed()
    {
        var updater = new TopologyUpdater(2);

        var sharded = updater.Apply(Seeds(TopologyType.Unknown, "a:1", "b:2"), Describe("a:1", new BsonElement("msg", "isdbgrid")));
        var pruned = updater.Apply(sharded, Secondary("b:2", ["b:2"]));

        sharded.Type.ShouldBe(TopologyType.Sharded);
        pruned.Servers.ShouldHaveSingleItem().Type.ShouldBe(ServerType.Mongos);
    }

    [Fact]
    public void Check_of_a_server_no_longer_in_the_topology_is_ignored()
    {
        var topology = Seeds(TopologyType.ReplicaSetNoPrimary, "a:1").WithSetName("rs0");

        new TopologyUpdater(1).Apply(topology, Secondary("gone:1", ["gone:1", "a:1"])).ShouldBeSameAs(topology);
    }

    [Fact]
    public void Primary_that_goes_unknown_leaves_the_set_without_a_primary()
    {
        var updater = new TopologyUpdater(1);
        var topology = updater.Apply(Seeds(TopologyType.ReplicaSetNoPrimary, "a:1"), Primary("a:1", ["a:1"]));

        var updated = updater.Apply(topology, new ServerDescription(ServerAddress.Parse("a:1")).WithError("connection refused"));

        updated.Type.ShouldBe(TopologyType.ReplicaSetNoPrimary);
    }

    private static TopologyDescription Seeds(TopologyType type, params string[] addresses) =>
        new(type, addresses.Select(address => new ServerDescription(ServerAddress.Parse(address))));
}
