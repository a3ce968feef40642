using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Tests.Commands.Admin;

public sealed class CurrentOpCommandTests : ServerTestBase
{
    [Fact]
    public async Task CurrentOp_reports_itself_as_an_active_command_on_admin()
    {
        var reply = await OkAsync([new("currentOp", 1), new("$db", "admin")]);

        var inprog = reply["inprog"].AsArray.ShouldHaveSingleItem().AsDocument;
        inprog["active"].ShouldBe(true);
        inprog["op"].ShouldBe("command");
        inprog["ns"].ShouldBe("admin.$cmd");
        inprog["opid"].Type.ShouldBe(BsonType.Int32);
        inprog["command"].AsDocument["currentOp"].ShouldBe(1);
        inprog["client"].AsString.ShouldStartWith("127.0.0.1:");
        inprog["secs_running"].Type.ShouldBe(BsonType.Int64);
        inprog["microsecs_running"].Type.ShouldBe(BsonType.Int64);
    }

    [Fact]
    public async Task CurrentOp_shows_a_running_aggregation_and_filters_by_namespace()
    {
        await using var slow = await SlowAggregation.StartAsync(this);

        var running = await slow.WaitUntilListedAsync();

        running["op"].ShouldBe("command");
        running["command"].AsDocument["aggregate"].ShouldBe(SlowAggregation.Collection);
        var others = await OkAsync([new("currentOp", 1), new("ns", "test.other"), new("$db", "admin")]);
        others["inprog"].AsArray.ShouldBeEmpty();
        await OkAsync([new("killOp", 1), new("op", running["opid"]), new("$db", "admin")]);
        (await slow.ReplyAsync())["code"].ShouldBe(11601);
    }

    [Fact]
    public async Task CurrentOp_filters_on_active_and_accepts_all_and_ownOps()
    {
        var active = await OkAsync([new("currentOp", 1), new("active", true), new("$ownOps", true), new("$db", "admin")]);
        var inactive = await OkAsync([new("currentOp", 1), new("active", false), new("$db", "admin")]);
        var all = await OkAsync([new("currentOp", 1), new("$all", true), new("active", false), new("$db", "admin")]);

        active["inprog"].AsArray.Count.ShouldBe(1);
        inactive["inprog"].AsArray.ShouldBeEmpty();
        // "$all": true overrides the output field filters (manual "currentOp", "Behavior").
        all["inprog"].AsArray.Count.ShouldBe(1);
    }

    [Fact]
    public async Task CurrentOp_runs_only_on_the_admin_database()
    {
        var reply = await FailsAsync([new("currentOp", 1)], 13, "Unauthorized");

        reply["errmsg"].ShouldBe("currentOp may only be run against the admin database.");
    }
}
