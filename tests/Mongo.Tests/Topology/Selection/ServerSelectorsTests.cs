using Serverless.Mongo.Topology;
using Serverless.Mongo.Topology.Selection;
using static Serverless.Mongo.Tests.Topology.TestServers;

namespace Serverless.Mongo.Tests.Topology.Selection;

public sealed class ServerSelectorsTests
{
    private static readonly TopologyDescription ReplicaSet = TopologyOf(
        TopologyType.ReplicaSetWithPrimary,
        Server("a:27017", ServerType.RSPrimary, 5),
        Server("b:27017", ServerType.RSSecondary, 6),
        Server("c:27017", ServerType.RSSecondary, 100),
        Server("d:27017", ServerType.RSSecondary, 7));

    [Fact]
    public void A_read_chain_applies_the_application_selector_the_window_and_the_operation_counts()
    {
        var counts = new ServerOperationCounter();
        counts.Increment(ServerAddress.Parse("b:27017"));
        var settings = new ServerSelectionSettings(counts) { ApplicationSelector = new ExcludeSelector("a:27017") };
        var selector = ServerSelectors.ForRead(new ReadPreference(ReadPreferenceMode.Nearest), settings);

        // a is excluded by the application, c is outside the window, and of b and d, d has fewer operations.
        for (var i = 0; i < 20; i++)
        {
            Addresses(selector.SelectServers(ReplicaSet, ReplicaSet.Servers)).ShouldBe(["d:27017"]);
        }
    }

    [Fact]
    public void A_write_chain_avoids_a_deprioritized_server_only_when_it_can()
    {
        var settings = new ServerSelectionSettings(new ServerOperationCounter()) { Deprioritized = [ServerAddress.Parse("a:27017")] };

        Addresses(ServerSelectors.ForWrite(settings).SelectServers(ReplicaSet, ReplicaSet.Servers)).ShouldBe(["a:27017"]);
    }

    [Fact]
    public void A_zero_local_threshold_leaves_only_the_fastest_suitable_server()
    {
        var settings = new ServerSelectionSettings(new ServerOperationCounter()) { LocalThreshold = TimeSpan.Zero };

        Addresses(ServerSelectors.ForRead(new ReadPreference(ReadPreferenceMode.Nearest), settings).SelectServers(ReplicaSet, ReplicaSet.Servers))
            .ShouldBe(["a:27017"]);
    }

    private sealed class ExcludeSelector(string address) : IServerSelector
    {
        public IReadOnlyList<ServerDescription> SelectServers(TopologyDescription topology, IReadOnlyList<ServerDescription> servers) =>
            [.. servers.Where(server => server.Address.ToString() != address)];
    }
}
