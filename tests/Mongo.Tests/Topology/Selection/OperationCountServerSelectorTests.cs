using Serverless.Mongo.Topology;
using Serverless.Mongo.Topology.Selection;
using static Serverless.Mongo.Tests.Topology.TestServers;

namespace Serverless.Mongo.Tests.Topology.Selection;

public sealed class OperationCountServerSelectorTests
{
    private static readonly TopologyDescription Sharded =
        TopologyOf(TopologyType.Sharded, Server("a:27017", ServerType.Mongos), Server("b:27017", ServerType.Mongos));

    [Fact]
    public void Of_two_servers_the_one_with_fewer_operations_is_always_chosen()
    {
        var counter = new ServerOperationCounter();
        counter.Increment(ServerAddress.Parse("a:27017"));
        var selector = new OperationCountServerSelector(counter, new Random(1));

        for (var i = 0; i < 50; i++)
        {
            Addresses(selector.SelectServers(Sharded, Sharded.Servers)).ShouldBe(["b:27017"]);
        }
    }

    [Fact]
    public void Ties_are_broken_at_random_so_both_servers_get_chosen()
    {
        var selector = new OperationCountServerSelector(new ServerOperationCounter(), new Random(1));

        var chosen = Enumerable.Range(0, 100).Select(_ => selector.SelectServers(Sharded, Sharded.Servers).Single().Address.ToString()).ToHashSet();

        chosen.Count.ShouldBe(2);
    }

    [Fact]
    public void Zero_or_one_server_passes_through()
    {
        var selector = new OperationCountServerSelector(new ServerOperationCounter());

        selector.SelectServers(Sharded, []).ShouldBeEmpty();
        Addresses(selector.SelectServers(Sharded, [Sharded.Servers[1]])).ShouldBe(["b:27017"]);
    }
}
