using Serverless.Mongo.Topology;
using Serverless.Mongo.Topology.Selection;

namespace Serverless.Mongo.Tests.Topology.Selection;

public sealed class ServerOperationCounterTests
{
    private static readonly ServerAddress A = ServerAddress.Parse("a:27017");

    [Fact]
    public void Counts_follow_increments_and_decrements()
    {
        var counter = new ServerOperationCounter();

        counter.GetOperationCount(A).ShouldBe(0);
        counter.Increment(A);
        counter.Increment(A);
        counter.Decrement(A);

        counter.GetOperationCount(A).ShouldBe(1);
    }

    [Fact]
    public void Decrement_without_an_operation_in_flight_is_an_error()
    {
        var counter = new ServerOperationCounter();

        Should.Throw<InvalidOperationException>(() => counter.Decrement(A));
        counter.Increment(A);
        counter.Decrement(A);
        Should.Throw<InvalidOperationException>(() => counter.Decrement(A));
    }

    [Fact]
    public async Task Concurrent_increments_are_all_counted()
    {
        var counter = new ServerOperationCounter();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 1000; i++)
            {
                counter.Increment(A);
            }
        })));

        counter.GetOperationCount(A).ShouldBe(8000);
    }
}
