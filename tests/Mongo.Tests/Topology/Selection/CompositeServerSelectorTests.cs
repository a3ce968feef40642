using Serverless.Mongo.Topology;
using Serverless.Mongo.Topology.Selection;
using static Serverless.Mongo.Tests.Topology.TestServers;

namespace Serverless.Mongo.Tests.Topology.Selection;

public sealed class CompositeServerSelectorTests
{
    private static readonly TopologyDescription Sharded = TopologyOf(
        TopologyType.Sharded, Server("a:27017", ServerType.Mongos, 5), Server("b:27017", ServerType.Mongos, 50), Server("c:27017", ServerType.Mongos, 6));

    [Fact]
    public void Each_selector_narrows_the_previous_one_s_output()
    {
        var selector = new CompositeServerSelector(
            new KeepSelector("a:27017", "b:27017"),
            new LatencyWindowServerSelector(TimeSpan.FromMilliseconds(15)));

        Addresses(selector.SelectServers(Sharded, Sharded.Servers)).ShouldBe(["a:27017"]);
    }

    [Fact]
    public void Selection_stops_once_nothing_is_left()
    {
        var last = new KeepSelector("a:27017");
        var selector = new CompositeServerSelector(new KeepSelector(), last);

        selector.SelectServers(Sharded, Sharded.Servers).ShouldBeEmpty();
        last.Calls.ShouldBe(0);
    }

    [Fact]
    public void A_composite_needs_at_least_one_selector()
    {
        Should.Throw<ArgumentException>(() => new CompositeServerSelector());
    }

    /// <summary>An application-provided selector (Server Selection spec, "serverSelector") keeping named addresses.</summary>
    private sealed class KeepSelector(params string[] addresses) : IServerSelector
    {
        public int Calls { get; private set; }

        public IReadOnlyList<ServerDescription> SelectServers(TopologyDescription topology, IReadOnlyList<ServerDescription> servers)
        {
            Calls++;
            return [.. servers.Where(server => addresses.Contains(server.Address.ToString()))];
        }
    }
}
