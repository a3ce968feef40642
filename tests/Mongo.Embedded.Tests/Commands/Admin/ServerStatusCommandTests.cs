using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Tests.Commands.Admin;

public sealed class ServerStatusCommandTests : ServerTestBase
{
    private static readonly BsonDocument ServerStatus = [new("serverStatus", 1), new("$db", "admin")];

    [Fact]
    public async Task ServerStatus_describes_the_process_and_its_uptime()
    {
        var reply = await OkAsync(ServerStatus);

        reply["host"].AsString.ShouldEndWith($":{Server.Port}");
        reply["version"].ShouldBe("8.0.0");
        reply["process"].ShouldBe("mongod");
        reply["pid"].ShouldBe((long)Environment.ProcessId);
        reply["uptime"].Type.ShouldBe(BsonType.Double);
        reply["uptimeMillis"].Type.ShouldBe(BsonType.Int64);
        reply["localTime"].Type.ShouldBe(BsonType.DateTime);
    }

    [Fact]
    public async Task ServerStatus_counts_current_and_created_connections()
    {
        var before = (await OkAsync(ServerStatus))["connections"].AsDocument;
        await using (var second = await WireClient.ConnectAsync(Server))
        {
            (await second.RunAsync([new("ping", 1)]))["ok"].ShouldBe(1.0);
            var during = (await OkAsync(ServerStatus))["connections"].AsDocument;

            during["current"].ShouldBe(before["current"].AsInt32 + 1);
            during["totalCreated"].ShouldBe(before["totalCreated"].AsInt32 + 1);
            during["available"].ShouldBe(1_000_000 - during["current"].AsInt32);
        }
    }

    [Fact]
    public async Task ServerStatus_counts_open_cursors_until_they_are_exhausted_or_killed()
    {
        await InsertAsync("c", Enumerable.Range(0, 10).Select(i => new BsonDocument(new BsonElement("_id", i))).ToArray());
        OpenCursors(await OkAsync(ServerStatus)).ShouldBe(0L);

        var first = await OkAsync([new("find", "c"), new("batchSize", 2)]);
        var second = await OkAsync([new("find", "c"), new("batchSize", 2)]);
        var during = await OkAsync(ServerStatus);
        OpenCursors(during).ShouldBe(2L);
        var cursorMetrics = during["metrics"].AsDocument["cursor"].AsDocument;
        cursorMetrics["open"].AsDocument["pinned"].ShouldBe(0L);
        cursorMetrics["open"].AsDocument["noTimeout"].ShouldBe(0L);
        cursorMetrics["timedOut"].ShouldBe(0L);

        await OkAsync([new("getMore", CursorId(first)), new("collection", "c")]);
        await OkAsync([new("killCursors", "c"), new("cursors", new BsonArray(CursorId(second)))]);

        OpenCursors(await OkAsync(ServerStatus)).ShouldBe(0L);
    }

    [Fact]
    public async Task ServerStatus_runs_only_on_the_admin_database()
    {
        var reply = await FailsAsync([new("serverStatus", 1)], 13, "Unauthorized");

        reply["errmsg"].ShouldBe("serverStatus may only be run against the admin database.");
    }

    private static BsonValue OpenCursors(BsonDocument status) =>
        status["metrics"].AsDocument["cursor"].AsDocument["open"].AsDocument["total"];
}
