using System.Diagnostics.CodeAnalysis;
using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Tests.Client;

[SuppressMessage("Design", "CA1001", Justification = "xunit disposes the client through IAsyncLifetime.DisposeAsync.")]
public sealed class MongoClientTests : IAsyncLifetime
{
    private readonly string _databaseName = TestMongoServer.UniqueDatabaseName("client_tests");
    private TestMongoServer? _server;
    private MongoClient? _client;

    private MongoClient Client => _client ?? throw new InvalidOperationException("not started");

    private MongoCollection People => Client.GetDatabase(_databaseName).GetCollection("people");

    public async Task InitializeAsync()
    {
        _server = await TestMongoServer.StartAsync(CancellationToken.None);
        _client = new MongoClient(_server.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (_client is not null)
        {
            await TestMongoServer.DropDatabaseAsync(_client, _databaseName, CancellationToken.None);
            await _client.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Fact]
    public async Task Insert_one_generates_an_object_id_and_find_returns_the_document()
    {
        var id = (await People.InsertOneAsync(new BsonDocument([new("name", "ada")]))).InsertedId;

        id.Type.ShouldBe(BsonType.ObjectId);
        var found = await ToListAsync(await People.FindAsync(new BsonDocument([new("name", "ada")])));
        found.Count.ShouldBe(1);
        found[0]["_id"].ShouldBe(id);
    }

    [Fact]
    public async Task Duplicate_id_insert_is_a_write_error_with_code_11000()
    {
        await People.InsertOneAsync(new BsonDocument([new("_id", 1), new("name", "ada")]));

        var error = await Should.ThrowAsync<MongoDuplicateKeyException>(() => People.InsertOneAsync(new BsonDocument([new("_id", 1), new("name", "bob")])));

        error.Code.ShouldBe(11000);
        error.Index.ShouldBe(0);
        error.ServerAddress.ShouldBe(Client.ServerAddress);
    }

    [Fact]
    public async Task Find_applies_sort_skip_limit_and_projection()
    {
        await People.InsertManyAsync(Enumerable.Range(1, 10).Select(i => new BsonDocument([new("_id", i), new("age", i * 10), new("secret", "x")])));

        var options = new FindOptions
        {
            Sort = new BsonDocument([new("age", -1)]),
            Skip = 2,
            Limit = 3,
            Projection = new BsonDocument([new("secret", 0)]),
        };
        var found = await ToListAsync(await People.FindAsync(BsonDocument.Empty, options));

        found.Select(d => d["_id"].AsInt32).ShouldBe([8, 7, 6]);
        found.ShouldAllBe(d => !d.Contains("secret"));
    }

    [Fact]
    public async Task Cursor_fetches_all_250_documents_in_batches_of_10_and_closes()
    {
        await People.InsertManyAsync(Enumerable.Range(0, 250).Select(i => new BsonDocument([new("_id", i)])));

        var cursor = await People.FindAsync(BsonDocument.Empty, new FindOptions { BatchSize = 10, Sort = new BsonDocument([new("_id", 1)]) });
        cursor.Id.ShouldNotBe(0L);
        var found = await ToListAsync(cursor);

        found.Select(d => d["_id"].AsInt32).ShouldBe(Enumerable.Range(0, 250));
        cursor.Id.ShouldBe(0L);
        cursor.CollectionNamespace.ShouldBe($"{_databaseName}.people");
    }

    [Fact]
    public async Task Disposing_a_cursor_early_kills_it_on_the_server()
    {
        await People.InsertManyAsync(Enumerable.Range(0, 30).Select(i => new BsonDocument([new("_id", i)])));
        var cursor = await People.FindAsync(BsonDocument.Empty, new FindOptions { BatchSize = 5 });
        var id = cursor.Id;
        id.ShouldNotBe(0L);

        await cursor.DisposeAsync();

        cursor.Id.ShouldBe(0L);
        var error = await Should.ThrowAsync<MongoCommandException>(() => Client.GetDatabase(_databaseName).RunCommandAsync(
            new BsonDocument([new("getMore", id), new("collection", "people")])));
        error.Code.ShouldBe(43);
        error.CodeName.ShouldBe("CursorNotFound");
    }

    [Fact]
    public async Task Breaking_out_of_an_enumeration_kills_the_cursor()
    {
        await People.InsertManyAsync(Enumerable.Range(0, 30).Select(i => new BsonDocument([new("_id", i)])));
        var cursor = await People.FindAsync(BsonDocument.Empty, new FindOptions { BatchSize = 5 });
        var id = cursor.Id;

        await foreach (var document in cursor)
        {
            document["_id"].AsInt32.ShouldBe(0);
            break;
        }

        cursor.Id.ShouldBe(0L);
        var error = await Should.ThrowAsync<MongoCommandException>(() => Client.GetDatabase(_databaseName).RunCommandAsync(
            new BsonDocument([new("getMore", id), new("collection", "people")])));
        error.Code.ShouldBe(43);
    }

    [Fact]
    public async Task Count_update_and_delete_report_their_counts()
    {
        await People.InsertManyAsync(Enumerable.Range(0, 6).Select(i => new BsonDocument([new("_id", i), new("even", i % 2 == 0)])));
        var even = new BsonDocument([new("even", true)]);
        var set = new BsonDocument([new("$set", new BsonDocument([new("seen", true)]))]);

        (await People.CountDocumentsAsync(even)).ShouldBe(3);
        (await People.CountDocumentsAsync(new BsonDocument([new("even", "no")]))).ShouldBe(0);
        (await People.UpdateOneAsync(even, set)).ShouldBe(new UpdateResult(true, 1, 1, 0, null));
        (await People.UpdateManyAsync(even, set)).ShouldBe(new UpdateResult(true, 3, 2, 0, null));
        (await People.DeleteOneAsync(even)).DeletedCount.ShouldBe(1);
        (await People.DeleteManyAsync(BsonDocument.Empty)).DeletedCount.ShouldBe(5);
        (await People.CountDocumentsAsync(BsonDocument.Empty, new CountOptions { MaxTime = TimeSpan.FromSeconds(5) })).ShouldBe(0);
    }

    [Fact]
    public async Task Update_rejects_a_replacement_document()
    {
        var error = await Should.ThrowAsync<ArgumentException>(() => People.UpdateOneAsync(BsonDocument.Empty, new BsonDocument([new("name", "x")])));

        error.Message.ShouldContain("update operator");
    }

    [Fact]
    public async Task Aggregate_runs_the_pipeline_through_a_cursor()
    {
        await People.InsertManyAsync(Enumerable.Range(0, 20).Select(i => new BsonDocument([new("_id", i), new("group", i % 4)])));
        BsonDocument[] pipeline =
        [
            new([new("$match", new BsonDocument([new("group", 1)]))]),
            new([new("$sort", new BsonDocument([new("_id", -1)]))]),
        ];

        var found = await ToListAsync(await People.AggregateAsync(pipeline, new AggregateOptions { BatchSize = 2 }));

        found.Select(d => d["_id"].AsInt32).ShouldBe([17, 13, 9, 5, 1]);
    }

    [Fact]
    public async Task Database_run_command_surfaces_typed_command_errors()
    {
        var database = Client.GetDatabase(_databaseName);

        var ping = await database.RunCommandAsync(new BsonDocument([new("ping", 1)]));
        var error = await Should.ThrowAsync<MongoCommandException>(() => database.RunCommandAsync(new BsonDocument([new("frobnicate", 1)])));

        ping["ok"].ShouldBe((BsonValue)1.0);
        error.Code.ShouldBe(59);
        error.CodeName.ShouldBe("CommandNotFound");
        error.CommandName.ShouldBe("frobnicate");
    }

    [Fact]
    public async Task Non_positive_time_budget_is_rejected()
    {
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => People.CountDocumentsAsync(BsonDocument.Empty, new CountOptions { MaxTime = TimeSpan.Zero }));
    }

    [Fact]
    public async Task Cancelled_token_abandons_the_operation()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => People.InsertOneAsync(new BsonDocument([new("a", 1)]), cancellationToken: cancel.Token));
        PoolOf(Client).CheckedOutCount.ShouldBe(0);
    }

    [Fact]
    public async Task Cancelling_a_pending_operation_discards_its_connection()
    {
        await using var silent = new SilentServer();
        await using var client = new MongoClient(silent.ConnectionString);
        using var cancel = new CancellationTokenSource();

        var pending = client.GetDatabase("app").GetCollection("people").CountDocumentsAsync(BsonDocument.Empty, cancellationToken: cancel.Token);
        (await silent.UnansweredRequest.Task)["aggregate"].AsString.ShouldBe("people");
        await cancel.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => pending);
        await silent.ClientClosed;
        PoolOf(client).IdleCount.ShouldBe(0);
        PoolOf(client).CheckedOutCount.ShouldBe(0);
    }

    [Fact]
    public async Task Time_budget_is_sent_as_max_time_ms()
    {
        await using var silent = new SilentServer();
        await using var client = new MongoClient(silent.ConnectionString);
        using var cancel = new CancellationTokenSource();

        var pending = client.GetDatabase("app").GetCollection("people")
            .CountDocumentsAsync(BsonDocument.Empty, new CountOptions { MaxTime = TimeSpan.FromMilliseconds(1500.2) }, cancel.Token);
        var request = await silent.UnansweredRequest.Task;
        await cancel.CancelAsync();

        request["maxTimeMS"].ShouldBe((BsonValue)1501);
        await Should.ThrowAsync<OperationCanceledException>(() => pending);
    }

    [Fact]
    public async Task Network_error_clears_the_pool_and_names_the_server()
    {
        await using var silent = new SilentServer();
        await using var client = new MongoClient(silent.ConnectionString);

        var pending = client.GetDatabase("app").RunCommandAsync(new BsonDocument([new("ping", 1)]));
        await silent.UnansweredRequest.Task;
        await silent.DropConnectionAsync();

        var error = await Should.ThrowAsync<MongoConnectionException>(() => pending);
        error.ServerAddress.ShouldBe(client.ServerAddress);
        error.Message.ShouldContain("closed the connection");
        // The operation's network error cleared the pool; the monitor, losing its connection too, may clear it again.
        PoolOf(client).Generation.ShouldBeGreaterThanOrEqualTo(1);
        PoolOf(client).IdleCount.ShouldBe(0);
    }

    [Theory]
    [InlineData("a.b")]
    [InlineData("has space")]
    public void Database_names_with_forbidden_characters_are_rejected(string name)
    {
        Should.Throw<ArgumentException>(() => Client.GetDatabase(name)).Message.ShouldContain(name);
    }

    private static ConnectionPool PoolOf(MongoClient client) =>
        client.GetConnectionPool(client.Topology.Servers.ShouldHaveSingleItem().Address).ShouldNotBeNull();

    private static async Task<List<BsonDocument>> ToListAsync(IAsyncCursor cursor)
    {
        List<BsonDocument> documents = [];
        await foreach (var document in cursor)
        {
            documents.Add(document);
        }

        return documents;
    }
}
