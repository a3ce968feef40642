using System.Collections.Concurrent;
using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Tests.Client;

/// <summary>
/// Driver Sessions spec, "Implicit sessions", over a scripted standalone: every command carries a pooled lsid when
/// hello reports logicalSessionTimeoutMinutes (none otherwise, none for unacknowledged writes), a cursor's getMore
/// and killCursors carry the session that opened it, sessions are reused LIFO and dropped after a network error,
/// and closing the client ends the pooled sessions.
/// </summary>
public sealed class ImplicitSessionTests
{
    private static readonly BsonDocument Person = new([new("_id", 1)]);

    [Fact]
    public async Task Every_command_carries_an_lsid_when_the_server_supports_sessions()
    {
        await using var server = new SessionServer(sessionTimeoutMinutes: 30);
        await using var client = new MongoClient($"mongodb://{server.Address}/");
        var people = client.GetDatabase("app").GetCollection("people");

        await people.InsertOneAsync(Person);
        await people.FindOneAsync(BsonDocument.Empty);
        await people.EstimatedDocumentCountAsync();
        await client.GetDatabase("app").RunCommandAsync(new BsonDocument([new("ping", 1)]));

        var commands = server.Received.Where(command => command[0].Name != "endSessions").ToList();
        commands.Select(command => command[0].Name).ShouldBe(["insert", "find", "count", "ping"]);
        commands.ShouldAllBe(command => command.Contains("lsid"));
        commands[0]["lsid"].AsDocument["id"].ShouldBeOfType<BsonBinary>().Subtype.ShouldBe(BsonBinarySubtype.Uuid);
    }

    [Fact]
    public async Task No_lsid_is_sent_when_hello_reports_no_logical_session_timeout()
    {
        await using var server = new SessionServer(sessionTimeoutMinutes: null);
        await using (var client = new MongoClient($"mongodb://{server.Address}/"))
        {
            var people = client.GetDatabase("app").GetCollection("people");
            await people.InsertOneAsync(Person);
            await people.FindOneAsync(BsonDocument.Empty);
        }

        server.Received.Select(command => command[0].Name).ShouldBe(["insert", "find"]);
        server.Received.ShouldAllBe(command => !command.Contains("lsid"));
    }

    [Fact]
    public async Task Unacknowledged_writes_carry_no_lsid()
    {
        await using var server = new SessionServer(sessionTimeoutMinutes: 30);
        await using var client = new MongoClient($"mongodb://{server.Address}/");

        await client.GetDatabase("app").RunCommandAsync(new BsonDocument(
        [
            new("insert", "people"),
            new("documents", new BsonArray(Person)),
            new("writeConcern", new BsonDocument([new("w", 0)])),
        ]));

        server.Received.ShouldHaveSingleItem().Contains("lsid").ShouldBeFalse();
    }

    [Fact]
    public async Task A_cursor_getMore_uses_the_session_that_opened_the_cursor()
    {
        await using var server = new SessionServer(sessionTimeoutMinutes: 30) { OpenCursorId = 42 };
        await using var client = new MongoClient($"mongodb://{server.Address}/");
        var people = client.GetDatabase("app").GetCollection("people");

        var cursor = await people.FindAsync(BsonDocument.Empty);
        await using (cursor)
        {
            // While the cursor holds its session, another operation gets a different one.
            await people.InsertOneAsync(Person);
            var documents = new List<BsonDocument>();
            await foreach (var document in cursor)
            {
                documents.Add(document);
            }

            documents.Count.ShouldBe(2);
        }

        var find = server.Received.Single(command => command[0].Name == "find");
        var getMore = server.Received.Single(command => command[0].Name == "getMore");
        var insert = server.Received.Single(command => command[0].Name == "insert");
        getMore["lsid"].ShouldBe(find["lsid"]);
        insert["lsid"].ShouldNotBe(find["lsid"]);
    }

    [Fact]
    public async Task KillCursors_of_an_abandoned_cursor_uses_its_session()
    {
        await using var server = new SessionServer(sessionTimeoutMinutes: 30) { OpenCursorId = 42 };
        await using var client = new MongoClient($"mongodb://{server.Address}/");

        var cursor = await client.GetDatabase("app").GetCollection("people").FindAsync(BsonDocument.Empty);
        await cursor.DisposeAsync();

        var find = server.Received.Single(command => command[0].Name == "find");
        server.Received.Single(command => command[0].Name == "killCursors")["lsid"].ShouldBe(find["lsid"]);
    }

    [Fact]
    public async Task Sequential_operations_reuse_the_pooled_session_and_a_closed_cursor_returns_its_own()
    {
        await using var server = new SessionServer(sessionTimeoutMinutes: 30) { OpenCursorId = 42 };
        await using var client = new MongoClient($"mongodb://{server.Address}/");
        var people = client.GetDatabase("app").GetCollection("people");

        await people.InsertOneAsync(Person);
        await people.InsertOneAsync(Person);
        var cursor = await people.FindAsync(BsonDocument.Empty);
        await cursor.DisposeAsync();
        await people.InsertOneAsync(Person);

        var lsids = server.Received.Where(command => command[0].Name is "insert" or "find").Select(command => command["lsid"]).ToList();
        lsids.Distinct().ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_session_that_saw_a_network_error_is_not_reused()
    {
        await using var server = new SessionServer(sessionTimeoutMinutes: 30) { CloseOnFirstPing = true };
        await using var client = new MongoClient($"mongodb://{server.Address}/");
        var database = client.GetDatabase("app");

        await Should.ThrowAsync<MongoConnectionException>(() => database.RunCommandAsync(new BsonDocument([new("ping", 1)])));
        await database.RunCommandAsync(new BsonDocument([new("ping", 1)]));

        var pings = server.Received.Where(command => command[0].Name == "ping").ToList();
        pings.Count.ShouldBe(2);
        pings[1]["lsid"].ShouldNotBe(pings[0]["lsid"]);
    }

    [Fact]
    public async Task Closing_the_client_ends_the_pooled_sessions_on_admin()
    {
        await using var server = new SessionServer(sessionTimeoutMinutes: 30);
        var client = new MongoClient($"mongodb://{server.Address}/");
        await client.GetDatabase("app").GetCollection("people").InsertOneAsync(Person);

        await client.DisposeAsync();

        var insert = server.Received.Single(command => command[0].Name == "insert");
        var endSessions = server.Received.Single(command => command[0].Name == "endSessions");
        endSessions["endSessions"].AsArray.ShouldBe(new BsonArray(insert["lsid"]));
        endSessions["$db"].ShouldBe("admin");
        endSessions.Contains("lsid").ShouldBeFalse();
    }

    [Fact]
    public async Task Closing_a_client_that_never_used_a_session_sends_no_endSessions()
    {
        await using var server = new SessionServer(sessionTimeoutMinutes: null);
        var client = new MongoClient($"mongodb://{server.Address}/");
        await client.GetDatabase("app").GetCollection("people").InsertOneAsync(Person);

        await client.DisposeAsync();

        server.Received.ShouldNotContain(command => command[0].Name == "endSessions");
    }

    /// <summary>
    /// A standalone that records every command but hello and answers it: find opens a cursor of two batches when
    /// <see cref="OpenCursorId"/> is set, the first ping can close the connection instead.
    /// </summary>
    private sealed class SessionServer : IAsyncDisposable
    {
        private readonly ConcurrentQueue<BsonDocument> _received = new();
        private readonly ScriptedServer _server;
        private int _pings;

        public SessionServer(int? sessionTimeoutMinutes)
        {
            List<BsonElement> hello = [.. ScriptedServer.StandaloneHello()];
            if (sessionTimeoutMinutes is { } minutes)
            {
                hello.Add(new("logicalSessionTimeoutMinutes", minutes));
            }

            _server = new ScriptedServer((_, request) => Task.FromResult<BsonDocument?>(Answer(request, hello)));
        }

        public long OpenCursorId { get; init; }

        public bool CloseOnFirstPing { get; init; }

        public string Address => _server.Address.ToString();

        public IReadOnlyList<BsonDocument> Received => [.. _received];

        public ValueTask DisposeAsync() => _server.DisposeAsync();

        private BsonDocument Answer(BsonDocument request, List<BsonElement> hello)
        {
            if (request[0].Name is "hello" or "isMaster")
            {
                return ScriptedServer.Ok([.. hello]);
            }

            _received.Enqueue(request);
            return request[0].Name switch
            {
                "ping" when CloseOnFirstPing && Interlocked.Increment(ref _pings) == 1 => ScriptedServer.CloseConnection,
                "find" => ScriptedServer.Ok(new BsonElement("cursor", Cursor(OpenCursorId, "firstBatch"))),
                "getMore" => ScriptedServer.Ok(new BsonElement("cursor", Cursor(0, "nextBatch"))),
                _ => ScriptedServer.Ok(new BsonElement("n", 1)),
            };
        }

        private static BsonDocument Cursor(long id, string batch) =>
            new([new("id", id), new("ns", "app.people"), new(batch, new BsonArray(Person))]);
    }
}
