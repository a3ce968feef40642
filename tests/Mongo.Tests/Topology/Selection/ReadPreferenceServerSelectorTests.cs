using Serverless.Mongo.Topology;
using Serverless.Mongo.Topology.Selection;
using static Serverless.Mongo.Tests.Topology.TestServers;

namespace Serverless.Mongo.Tests.Topology.Selection;

public sealed class ReadPreferenceServerSelectorTests
{
    private static readonly ServerDescription Primary = Server("p:27017", ServerType.RSPrimary, 5, ("dc", "ny"));
    private static readonly ServerDescription NySecondary = Server("s1:27017", ServerType.RSSecondary, 5, ("dc", "ny"));
    private static readonly ServerDescription SfSecondary = Server("s2:27017", ServerType.RSSecondary, 5, ("dc", "sf"));
    private static readonly ServerDescription Arbiter = Server("arb:27017", ServerType.RSArbiter);

    private static readonly TopologyDescription ReplicaSet =
        TopologyOf(TopologyType.ReplicaSetWithPrimary, Primary, NySecondary, SfSecondary, Arbiter);

    [Theory]
    [InlineData(ReadPreferenceMode.Primary, new[] { "p:27017" })]
    [InlineData(ReadPreferenceMode.PrimaryPreferred, new[] { "p:27017" })]
    [InlineData(ReadPreferenceMode.Secondary, new[] { "s1:27017", "s2:27017" })]
    [InlineData(ReadPreferenceMode.SecondaryPreferred, new[] { "s1:27017", "s2:27017" })]
    [InlineData(ReadPreferenceMode.Nearest, new[] { "p:27017", "s1:27017", "s2:27017" })]
    public void Each_mode_selects_its_candidates_and_never_an_arbiter(ReadPreferenceMode mode, string[] expected)
    {
        Select(ReplicaSet, new ReadPreference(mode)).ShouldBe(expected);
    }

    [Fact]
    public void Tag_sets_are_tried_in_order_until_one_matches()
    {
        var preference = new ReadPreference(ReadPreferenceMode.Secondary, [Tags(("dc", "la")), Tags(("dc", "sf")), TagSet.Empty]);

        Select(ReplicaSet, preference).ShouldBe(["s2:27017"]);
    }

    [Fact]
    public void Secondary_preferred_falls_back_to_the_primary_when_no_secondary_matches()
    {
        Select(ReplicaSet, new ReadPreference(ReadPreferenceMode.SecondaryPreferred, [Tags(("dc", "la"))])).ShouldBe(["p:27017"]);
    }

    [Fact]
    public void Nearest_with_unmatched_tags_selects_nothing()
    {
        Select(ReplicaSet, new ReadPreference(ReadPreferenceMode.Nearest, [Tags(("dc", "la"))])).ShouldBeEmpty();
    }

    [Fact]
    public void Primary_preferred_without_a_primary_selects_eligible_secondaries()
    {
        var noPrimary = TopologyOf(TopologyType.ReplicaSetNoPrimary, NySecondary, SfSecondary);

        Select(noPrimary, new ReadPreference(ReadPreferenceMode.PrimaryPreferred, [Tags(("dc", "ny"))])).ShouldBe(["s1:27017"]);
        Select(noPrimary, ReadPreference.Primary).ShouldBeEmpty();
    }

    [Fact]
    public void Single_ignores_the_read_preference_but_needs_an_available_server()
    {
        var secondary = new ReadPreference(ReadPreferenceMode.Secondary, [Tags(("dc", "la"))]);

        Select(TopologyOf(TopologyType.Single, Server("a:27017", ServerType.RSPrimary)), secondary).ShouldBe(["a:27017"]);
        Select(TopologyOf(TopologyType.Single, new ServerDescription(ServerAddress.Parse("a:27017"))), secondary).ShouldBeEmpty();
    }

    [Fact]
    public void Sharded_selects_every_mongos_and_load_balanced_the_load_balancer()
    {
        var sharded = TopologyOf(TopologyType.Sharded, Server("m1:27017", ServerType.Mongos), new ServerDescription(ServerAddress.Parse("m2:27017")));
        var balanced = TopologyOf(TopologyType.LoadBalanced, new ServerDescription(ServerAddress.Parse("lb:27017"), ServerType.LoadBalancer));
        var preference = new ReadPreference(ReadPreferenceMode.Secondary, [Tags(("dc", "la"))]);

        Select(sharded, preference).ShouldBe(["m1:27017"]);
        Select(balanced, preference).ShouldBe(["lb:27017"]);
    }

    [Fact]
    public void Unknown_topology_selects_nothing()
    {
        Select(TopologyOf(TopologyType.Unknown, Server("a:27017", ServerType.Standalone)), new ReadPreference(ReadPreferenceMode.Nearest)).ShouldBeEmpty();
    }

    private static string[] Select(TopologyDescription topology, ReadPreference preference) =>
        Addresses(new ReadPreferenceServerSelector(preference).SelectServers(topology, topology.Servers));
}
