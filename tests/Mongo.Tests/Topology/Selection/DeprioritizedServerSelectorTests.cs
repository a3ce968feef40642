using Serverless.Mongo.Topology;
using Serverless.Mongo.Topology.Selection;
using static Serverless.Mongo.Tests.Topology.TestServers;

namespace Serverless.Mongo.Tests.Topology.Selection;

public sealed class DeprioritizedServerSelectorTests
{
    private static readonly TopologyDescription ReplicaSet = TopologyOf(
        TopologyType.ReplicaSetWithPrimary,
        Server("a:27017", ServerType.RSPrimary),
        Server("b:27017", ServerType.RSSecondary),
        Server("c:27017", ServerType.RSSecondary));

    [Fact]
    public void Deprioritized_servers_are_avoided_while_others_are_suitable()
    {
        Select(ReadPreferenceMode.Nearest, "b:27017").ShouldBe(["a:27017", "c:27017"]);
    }

    [Fact]
    public void A_deprioritized_primary_makes_primary_preferred_read_from_secondaries()
    {
        Select(ReadPreferenceMode.PrimaryPreferred, "a:27017").ShouldBe(["b:27017", "c:27017"]);
    }

    [Fact]
    public void When_only_deprioritized_servers_are_suitable_they_are_used()
    {
        Select(ReadPreferenceMode.Primary, "a:27017").ShouldBe(["a:27017"]);
        Select(ReadPreferenceMode.Secondary, "b:27017", "c:27017").ShouldBe(["b:27017", "c:27017"]);
    }

    private static string[] Select(ReadPreferenceMode mode, params string[] deprioritized) =>
        Addresses(new DeprioritizedServerSelector(new ReadPreferenceServerSelector(new ReadPreference(mode)), deprioritized.Select(ServerAddress.Parse))
            .SelectServers(ReplicaSet, ReplicaSet.Servers));
}
