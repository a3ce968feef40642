using Serverless.Mongo.Operations;
using Serverless.Mongo.Tests.Topology;

namespace Serverless.Mongo.Tests.Operations;

/// <summary>Driver Sessions spec, "Server Session Pool": LIFO reuse, discarding sessions about to expire and dirty ones.</summary>
public sealed class ServerSessionPoolTests
{
    private readonly ManualTimeProvider _clock = new();

    [Fact]
    public void An_empty_pool_creates_a_session()
    {
        var pool = new ServerSessionPool(_clock);

        pool.Rent(30).ShouldNotBeNull();
        pool.Count.ShouldBe(0);
    }

    [Fact]
    public void The_most_recently_returned_session_is_rented_first()
    {
        var pool = new ServerSessionPool(_clock);
        var (first, second) = (pool.Rent(30), pool.Rent(30));
        pool.Return(first);
        pool.Return(second);

        pool.Rent(30).ShouldBeSameAs(second);
        pool.Rent(30).ShouldBeSameAs(first);
    }

    [Fact]
    public void A_session_within_a_minute_of_the_timeout_is_not_rented_again()
    {
        var pool = new ServerSessionPool(_clock);
        var old = pool.Rent(30);
        pool.Return(old);
        _clock.Advance(TimeSpan.FromMinutes(29));

        pool.Rent(30).ShouldNotBeSameAs(old);
        pool.Count.ShouldBe(0);
    }

    [Fact]
    public void Returning_a_session_prunes_the_expired_ones()
    {
        var pool = new ServerSessionPool(_clock);
        var (stale, fresh) = (pool.Rent(30), pool.Rent(30));
        pool.Return(stale);
        _clock.Advance(TimeSpan.FromMinutes(29));

        pool.Return(fresh);

        pool.TakeAll().ShouldBe([fresh]);
    }

    [Fact]
    public void A_dirty_session_is_discarded_on_return()
    {
        var pool = new ServerSessionPool(_clock);
        var session = pool.Rent(30);
        session.MarkDirty();

        pool.Return(session);

        pool.Count.ShouldBe(0);
    }

    [Fact]
    public void TakeAll_empties_the_pool()
    {
        var pool = new ServerSessionPool(_clock);
        var (first, second) = (pool.Rent(30), pool.Rent(30));
        pool.Return(first);
        pool.Return(second);

        pool.TakeAll().ShouldBe([first, second], ignoreOrder: true);
        pool.Count.ShouldBe(0);
    }
}
