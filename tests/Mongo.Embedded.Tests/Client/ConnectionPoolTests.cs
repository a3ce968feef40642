using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Tests.Client;

public sealed class ConnectionPoolTests : IAsyncLifetime
{
    private EmbeddedMongoServer? _server;

    private EmbeddedMongoServer Server => _server ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync() => _server = await EmbeddedMongoServer.StartAsync(new EmbeddedMongoServerOptions { Port = 0 }, CancellationToken.None);

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Fact]
    public async Task Returned_connection_is_reused_by_the_next_checkout()
    {
        await using var pool = CreatePool(new ConnectionPoolOptions());

        var first = await pool.CheckOutAsync(CancellationToken.None);
        var connection = first.Connection;
        await first.DisposeAsync();
        pool.IdleCount.ShouldBe(1);
        await using var second = await pool.CheckOutAsync(CancellationToken.None);

        second.Connection.ShouldBeSameAs(connection);
        pool.CheckedOutCount.ShouldBe(1);
    }

    [Fact]
    public async Task Checkout_beyond_max_size_times_out_in_the_wait_queue()
    {
        await using var pool = CreatePool(new ConnectionPoolOptions { MaxSize = 2, WaitQueueTimeout = TimeSpan.FromMilliseconds(50) });
        await using var a = await pool.CheckOutAsync(CancellationToken.None);
        await using var b = await pool.CheckOutAsync(CancellationToken.None);

        var error = await Should.ThrowAsync<MongoWaitQueueTimeoutException>(() => pool.CheckOutAsync(CancellationToken.None));

        error.Message.ShouldContain("all 2 (maxPoolSize)");
        pool.CheckedOutCount.ShouldBe(2);
    }

    [Fact]
    public async Task Waiting_checkout_gets_the_connection_returned_by_another()
    {
        await using var pool = CreatePool(new ConnectionPoolOptions { MaxSize = 1 });
        var held = await pool.CheckOutAsync(CancellationToken.None);
        var connection = held.Connection;

        var waiting = pool.CheckOutAsync(CancellationToken.None);
        waiting.IsCompleted.ShouldBeFalse();
        await held.DisposeAsync();

        await using var next = await waiting;
        next.Connection.ShouldBeSameAs(connection);
    }

    [Fact]
    public async Task Clear_discards_idle_and_checked_out_connections_of_the_old_generation()
    {
        await using var pool = CreatePool(new ConnectionPoolOptions());
        var idle = await pool.CheckOutAsync(CancellationToken.None);
        var held = await pool.CheckOutAsync(CancellationToken.None);
        await idle.DisposeAsync();
        held.Generation.ShouldBe(0);

        pool.Clear();
        pool.Generation.ShouldBe(1);
        await held.DisposeAsync();

        held.Connection.IsClosed.ShouldBeTrue();
        await using var fresh = await pool.CheckOutAsync(CancellationToken.None);
        fresh.Generation.ShouldBe(1);
        fresh.Connection.ShouldNotBeSameAs(idle.Connection);
        idle.Connection.IsClosed.ShouldBeTrue();
        pool.IdleCount.ShouldBe(0);
    }

    [Fact]
    public async Task Checkout_evicts_connections_idle_longer_than_max_idle_time()
    {
        var clock = new ManualTimeProvider();
        await using var pool = CreatePool(new ConnectionPoolOptions { MaxIdleTime = TimeSpan.FromSeconds(10), TimeProvider = clock });
        var first = await pool.CheckOutAsync(CancellationToken.None);
        await first.DisposeAsync();

        clock.Advance(TimeSpan.FromSeconds(11));
        await using var second = await pool.CheckOutAsync(CancellationToken.None);

        second.Connection.ShouldNotBeSameAs(first.Connection);
        first.Connection.IsClosed.ShouldBeTrue();
    }

    [Fact]
    public async Task Warm_up_opens_min_size_connections()
    {
        await using var pool = CreatePool(new ConnectionPoolOptions { MinSize = 3, MaxSize = 5 });

        await pool.WarmUpAsync(CancellationToken.None);

        pool.IdleCount.ShouldBe(3);
        pool.CheckedOutCount.ShouldBe(0);
    }

    [Fact]
    public async Task Returned_handle_cannot_run_commands()
    {
        await using var pool = CreatePool(new ConnectionPoolOptions());
        var handle = await pool.CheckOutAsync(CancellationToken.None);
        await handle.DisposeAsync();

        await Should.ThrowAsync<ObjectDisposedException>(
            () => handle.RunCommandAsync("admin", new BsonDocument([new("ping", 1)]), CancellationToken.None));
    }

    [Fact]
    public void Options_reject_min_size_above_max_size()
    {
        Should.Throw<ArgumentException>(() => CreatePool(new ConnectionPoolOptions { MinSize = 5, MaxSize = 2 })).Message.ShouldContain("MinSize");
    }

    private ConnectionPool CreatePool(ConnectionPoolOptions options)
    {
        var settings = ConnectionString.Parse(Server.ConnectionString);
        return new ConnectionPool(settings.Hosts[0], settings, options);
    }
}
