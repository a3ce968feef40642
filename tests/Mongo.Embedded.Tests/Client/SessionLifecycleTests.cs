using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Tests.Client;

/// <summary>
/// Implicit sessions end to end, our client against the embedded server: the server lists the sessions a client's
/// commands used ($listLocalSessions), a cursor's getMore stays in its session, and closing a client ends its
/// sessions on the server (endSessions).
/// </summary>
public sealed class SessionLifecycleTests : IAsyncLifetime
{
    private static readonly BsonDocument ListAllSessions = new([new("$listLocalSessions", new BsonDocument([new("allUsers", true)]))]);

    private EmbeddedMongoServer? _server;

    private EmbeddedMongoServer Server => _server ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync() => _server = await EmbeddedMongoServer.StartAsync(null, CancellationToken.None);

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Fact]
    public async Task Sequential_operations_of_one_client_share_one_listed_session()
    {
        await using var client = new MongoClient(Server.ConnectionString);
        var people = client.GetDatabase("app").GetCollection("people");
        await people.InsertOneAsync(new BsonDocument([new("_id", 1)]));
        await people.FindOneAsync(BsonDocument.Empty);

        // The listing aggregate itself runs in the same pooled session.
        (await ListSessionsAsync(client)).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Iterating_a_cursor_through_getMore_uses_no_further_session()
    {
        await using var client = new MongoClient(Server.ConnectionString);
        var people = client.GetDatabase("app").GetCollection("people");
        await people.InsertManyAsync(Enumerable.Range(1, 5).Select(i => new BsonDocument([new("_id", i)])));

        var cursor = await people.FindAsync(BsonDocument.Empty, new FindOptions { BatchSize = 2 });
        var count = 0;
        await foreach (var _ in cursor)
        {
            count++;
        }

        count.ShouldBe(5);
        (await ListSessionsAsync(client)).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Closing_a_client_ends_its_sessions_on_the_server()
    {
        var closing = new MongoClient(Server.ConnectionString);
        await closing.GetDatabase("app").GetCollection("people").InsertOneAsync(new BsonDocument([new("_id", 1)]));
        await using var observer = new MongoClient(Server.ConnectionString);
        (await ListSessionsAsync(observer)).Count.ShouldBe(2);

        await closing.DisposeAsync();

        (await ListSessionsAsync(observer)).Count.ShouldBe(1);
    }

    private static async Task<List<BsonDocument>> ListSessionsAsync(MongoClient client)
    {
        var cursor = await client.GetDatabase("admin").AggregateAsync([ListAllSessions]);
        var sessions = new List<BsonDocument>();
        await foreach (var session in cursor)
        {
            sessions.Add(session);
        }

        return sessions;
    }
}
