using Serverless.Bson;
using Serverless.Mongo.Embedded.Commands;
using Serverless.Mongo.Embedded.Sessions;

namespace Serverless.Mongo.Embedded.Tests.Sessions;

/// <summary>The session cache on its own clock: last use, expiry after logicalSessionTimeoutMinutes, ending.</summary>
public sealed class LogicalSessionRegistryTests
{
    private readonly SettableClock _clock = new();

    [Fact]
    public void A_touched_session_is_active_with_its_last_use()
    {
        var registry = new LogicalSessionRegistry(_clock);
        var id = Guid.NewGuid();
        registry.Touch(Lsid(id), userName: "");
        _clock.Now += TimeSpan.FromMinutes(5);
        registry.Touch(Lsid(id), userName: "");

        var session = registry.Active().ShouldHaveSingleItem();
        session.Id.ShouldBe(id);
        session.LastUse.ShouldBe(_clock.Now);
    }

    [Fact]
    public void A_session_unused_for_the_timeout_expires_and_a_recently_used_one_stays()
    {
        var registry = new LogicalSessionRegistry(_clock);
        var (stale, fresh) = (Guid.NewGuid(), Guid.NewGuid());
        registry.Touch(Lsid(stale), userName: "");
        _clock.Now += TimeSpan.FromMinutes(LogicalSessionRegistry.TimeoutMinutes - 1);
        registry.Touch(Lsid(fresh), userName: "");
        _clock.Now += TimeSpan.FromMinutes(1);

        registry.Active().ShouldHaveSingleItem().Id.ShouldBe(fresh);
    }

    [Fact]
    public void Sessions_are_listed_most_recently_used_first()
    {
        var registry = new LogicalSessionRegistry(_clock);
        var (older, newer) = (Guid.NewGuid(), Guid.NewGuid());
        registry.Touch(Lsid(older), userName: "");
        _clock.Now += TimeSpan.FromSeconds(1);
        registry.Touch(Lsid(newer), userName: "");

        registry.Active().Select(session => session.Id).ShouldBe([newer, older]);
    }

    [Fact]
    public void Ending_a_session_removes_it_for_every_user()
    {
        var registry = new LogicalSessionRegistry(_clock);
        var id = Guid.NewGuid();
        registry.Touch(Lsid(id), userName: "");
        registry.Touch(Lsid(id), userName: "alice@admin");

        registry.End([Lsid(id)]);

        registry.Active().ShouldBeEmpty();
    }

    [Fact]
    public void The_same_id_under_two_users_is_two_sessions_with_their_users_uids()
    {
        var registry = new LogicalSessionRegistry(_clock);
        var id = Guid.NewGuid();
        registry.Touch(Lsid(id), userName: "");
        registry.Touch(Lsid(id), userName: "alice@admin");

        registry.Active().Select(session => Convert.ToHexString(session.Uid)).ShouldBe(
            [Convert.ToHexString(LogicalSessionRegistry.UidOf("")), Convert.ToHexString(LogicalSessionRegistry.UidOf("alice@admin"))],
            ignoreOrder: true);
    }

    [Fact]
    public void An_lsid_without_a_uuid_id_is_refused()
    {
        var registry = new LogicalSessionRegistry(_clock);

        Should.Throw<CommandException>(() => registry.Touch(new BsonDocument([new("id", new BsonBinary([1, 2, 3], BsonBinarySubtype.Uuid))]), userName: "")).Code.ShouldBe(2);
        Should.Throw<CommandException>(() => registry.Touch(BsonDocument.Empty, userName: "")).Code.ShouldBe(40414);
        Should.Throw<CommandException>(() => registry.Touch(new BsonInt32(1), userName: "")).Code.ShouldBe(14);
    }

    private static BsonDocument Lsid(Guid id) => new([new("id", BsonBinary.FromGuid(id))]);

    /// <summary>A clock the test sets; nothing here waits on timers.</summary>
    private sealed class SettableClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
