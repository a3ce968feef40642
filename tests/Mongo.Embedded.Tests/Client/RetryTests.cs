using System.Collections.Concurrent;
using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Tests.Client;

/// <summary>
/// Retryable Reads and Retryable Writes specs over scripted servers: one retry after a retryable error (with the
/// same lsid and txnNumber for a write), none after other errors, none for writes on a standalone, none when the
/// URI turns retries off.
/// </summary>
public sealed class RetryTests
{
    [Fact]
    public async Task Retryable_write_error_is_retried_once_with_the_same_transaction_number()
    {
        var inserts = new ConcurrentQueue<BsonDocument>();
        await using var primary = ReplicaSetPrimary((request, attempt) =>
        {
            inserts.Enqueue(request);
            return attempt == 1 ? ScriptedServer.Error(6, "HostUnreachable", "RetryableWriteError") : ScriptedServer.Ok(new BsonElement("n", 1));
        });
        await using var client = new MongoClient($"mongodb://{primary.Server.Address}/?replicaSet=rs0");

        await client.GetDatabase("app").GetCollection("people").InsertOneAsync(new BsonDocument([new("_id", 1)]));

        inserts.Count.ShouldBe(2);
        var (first, second) = (inserts.ElementAt(0), inserts.ElementAt(1));
        first["txnNumber"].ShouldBe(second["txnNumber"]);
        first["lsid"].ShouldBe(second["lsid"]);
        first["lsid"].AsDocument["id"].ShouldBeOfType<BsonBinary>().Subtype.ShouldBe(BsonBinarySubtype.Uuid);
    }

    [Fact]
    public async Task Dropped_connection_during_a_write_is_retried_once_on_a_fresh_connection()
    {
        var inserts = 0;
        await using var primary = ReplicaSetPrimary((_, attempt) =>
        {
            Interlocked.Increment(ref inserts);
            return attempt == 1 ? ScriptedServer.CloseConnection : ScriptedServer.Ok(new BsonElement("n", 1));
        });
        await using var client = new MongoClient($"mongodb://{primary.Server.Address}/?replicaSet=rs0");

        await client.GetDatabase("app").GetCollection("people").InsertOneAsync(new BsonDocument([new("_id", 1)]));

        inserts.ShouldBe(2);
    }

    [Fact]
    public async Task Second_retryable_failure_is_raised_after_exactly_one_retry()
    {
        var inserts = 0;
        await using var primary = ReplicaSetPrimary((_, _) =>
        {
            Interlocked.Increment(ref inserts);
            return ScriptedServer.Error(6, "HostUnreachable", "RetryableWriteError");
        });
        await using var client = new MongoClient($"mongodb://{primary.Server.Address}/?replicaSet=rs0");

        var error = await Should.ThrowAsync<MongoCommandException>(
            () => client.GetDatabase("app").GetCollection("people").InsertOneAsync(new BsonDocument([new("_id", 1)])));

        inserts.ShouldBe(2);
        error.Code.ShouldBe(6);
        error.CommandName.ShouldBe("insert");
        error.ServerAddress.ShouldBe(primary.Server.Address.ToString());
        error.ErrorLabels.ShouldContain("RetryableWriteError");
    }

    [Fact]
    public async Task Non_retryable_server_error_is_not_retried()
    {
        var inserts = 0;
        await using var primary = ReplicaSetPrimary((_, _) =>
        {
            Interlocked.Increment(ref inserts);
            return ScriptedServer.Error(2, "BadValue");
        });
        await using var client = new MongoClient($"mongodb://{primary.Server.Address}/?replicaSet=rs0");

        var error = await Should.ThrowAsync<MongoCommandException>(
            () => client.GetDatabase("app").GetCollection("people").InsertOneAsync(new BsonDocument([new("_id", 1)])));

        inserts.ShouldBe(1);
        error.CodeName.ShouldBe("BadValue");
    }

    [Fact]
    public async Task Retry_writes_false_turns_write_retries_off()
    {
        var inserts = 0;
        await using var primary = ReplicaSetPrimary((request, _) =>
        {
            Interlocked.Increment(ref inserts);
            request.Contains("txnNumber").ShouldBeFalse();
            return ScriptedServer.Error(6, "HostUnreachable", "RetryableWriteError");
        });
        await using var client = new MongoClient($"mongodb://{primary.Server.Address}/?replicaSet=rs0&retryWrites=false");

        await Should.ThrowAsync<MongoCommandException>(
            () => client.GetDatabase("app").GetCollection("people").InsertOneAsync(new BsonDocument([new("_id", 1)])));

        inserts.ShouldBe(1);
    }

    [Fact]
    public async Task Writes_to_a_standalone_are_not_retried_and_carry_no_transaction_number()
    {
        var inserts = new ConcurrentQueue<BsonDocument>();
        await using var standalone = new ScriptedServer((_, request) => Task.FromResult<BsonDocument?>(request[0].Name switch
        {
            "hello" => ScriptedServer.Ok([.. ScriptedServer.StandaloneHello(), new("logicalSessionTimeoutMinutes", 30)]),
            _ => Enqueue(inserts, request, ScriptedServer.Error(6, "HostUnreachable", "RetryableWriteError")),
        }));
        await using var client = new MongoClient($"mongodb://{standalone.Address}/");

        await Should.ThrowAsync<MongoCommandException>(
            () => client.GetDatabase("app").GetCollection("people").InsertOneAsync(new BsonDocument([new("_id", 1)])));

        inserts.ShouldHaveSingleItem().Contains("txnNumber").ShouldBeFalse();
    }

    [Fact]
    public async Task Retryable_read_error_is_retried_once_and_the_second_answer_is_returned()
    {
        var finds = 0;
        await using var standalone = new ScriptedServer((_, request) => Task.FromResult<BsonDocument?>(request[0].Name switch
        {
            "hello" => ScriptedServer.Ok([.. ScriptedServer.StandaloneHello()]),
            _ => Interlocked.Increment(ref finds) == 1 ? ScriptedServer.Error(7, "HostNotFound") : EmptyCursor(),
        }));
        await using var client = new MongoClient($"mongodb://{standalone.Address}/");

        var cursor = await client.GetDatabase("app").GetCollection("people").FindAsync(BsonDocument.Empty);

        cursor.Id.ShouldBe(0L);
        finds.ShouldBe(2);
    }

    [Fact]
    public async Task Read_is_retried_at_most_once_and_not_at_all_with_retry_reads_false()
    {
        var finds = 0;
        await using var standalone = new ScriptedServer((_, request) => Task.FromResult<BsonDocument?>(request[0].Name switch
        {
            "hello" => ScriptedServer.Ok([.. ScriptedServer.StandaloneHello()]),
            _ => CountedFailure(ref finds),
        }));
        await using (var retrying = new MongoClient($"mongodb://{standalone.Address}/"))
        {
            await Should.ThrowAsync<MongoCommandException>(() => retrying.GetDatabase("app").GetCollection("people").FindAsync(BsonDocument.Empty));
            finds.ShouldBe(2);
        }

        await using var notRetrying = new MongoClient($"mongodb://{standalone.Address}/?retryReads=false");
        await Should.ThrowAsync<MongoCommandException>(() => notRetrying.GetDatabase("app").GetCollection("people").FindAsync(BsonDocument.Empty));
        finds.ShouldBe(3);
    }

    private static BsonDocument CountedFailure(ref int count)
    {
        Interlocked.Increment(ref count);
        return ScriptedServer.Error(7, "HostNotFound");
    }

    private static BsonDocument EmptyCursor() =>
        ScriptedServer.Ok(new BsonElement("cursor", new BsonDocument([new("id", 0L), new("ns", "app.people"), new("firstBatch", new BsonArray())])));

    private static BsonDocument Enqueue(ConcurrentQueue<BsonDocument> queue, BsonDocument request, BsonDocument reply)
    {
        queue.Enqueue(request);
        return reply;
    }

    /// <summary>A one-member replica set whose inserts the script answers, given the insert and its attempt number.</summary>
    private static ScriptedPrimary ReplicaSetPrimary(Func<BsonDocument, int, BsonDocument> insert) => new(insert);

    private sealed class ScriptedPrimary : IAsyncDisposable
    {
        private int _attempts;

        public ScriptedPrimary(Func<BsonDocument, int, BsonDocument> insert) =>
            Server = new ScriptedServer((_, request) => Task.FromResult<BsonDocument?>(request[0].Name switch
            {
                "hello" => ScriptedServer.Ok([.. ScriptedServer.ReplicaSetHello(Server!.Address, primary: true, [Server.Address])]),
                _ => insert(request, Interlocked.Increment(ref _attempts)),
            }));

        public ScriptedServer Server { get; }

        public ValueTask DisposeAsync() => Server.DisposeAsync();
    }
}
