using Serverless.Mongo.Topology;
using Serverless.Mongo.Topology.Selection;
using static Serverless.Mongo.Tests.Topology.TestServers;

namespace Serverless.Mongo.Tests.Topology.Selection;

public sealed class LatencyWindowServerSelectorTests
{
    private static readonly TopologyDescription Sharded = TopologyOf(
        TopologyType.Sharded,
        Server("a:27017", ServerType.Mongos, 20),
        Server("b:27017", ServerType.Mongos, 5),
        Server("c:27017", ServerType.Mongos, 21));

    [Fact]
    public void The_window_runs_from_the_fastest_server_to_the_threshold_inclusive()
    {
        Select(TimeSpan.FromMilliseconds(15), Sharded.Servers).ShouldBe(["a:27017", "b:27017"]);
    }

    [Fact]
    public void A_zero_threshold_keeps_only_the_fastest_server()
    {
        Select(TimeSpan.Zero, Sharded.Servers).ShouldBe(["b:27017"]);
    }

    [Fact]
    public void A_server_without_a_round_trip_time_counts_as_fastest()
    {
        var loadBalancer = new ServerDescription(ServerAddress.Parse("lb:27017"), ServerType.LoadBalancer);

        Select(TimeSpan.FromMilliseconds(15), [loadBalancer, .. Sharded.Servers]).ShouldBe(["lb:27017", "b:27017"]);
    }

    [Fact]
    public void A_negative_threshold_is_rejected()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new LatencyWindowServerSelector(TimeSpan.FromMilliseconds(-1)));
    }

    private static string[] Select(TimeSpan threshold, IReadOnlyList<ServerDescription> servers) =>
        Addresses(new LatencyWindowServerSelector(threshold).SelectServers(Sharded, servers));
}
