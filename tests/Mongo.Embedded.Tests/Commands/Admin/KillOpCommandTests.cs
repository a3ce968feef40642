using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Tests.Commands.Admin;

public sealed class KillOpCommandTests : ServerTestBase
{
    [Fact]
    public async Task KillOp_interrupts_a_running_aggregation_with_Interrupted()
    {
        await using var slow = await SlowAggregation.StartAsync(this);
        var running = await slow.WaitUntilListedAsync();

        var kill = await OkAsync([new("killOp", 1), new("op", running["opid"]), new("$db", "admin")]);

        kill["info"].ShouldBe("attempting to kill op");
        var reply = await slow.ReplyAsync();
        reply["ok"].ShouldBe(0.0);
        reply["code"].ShouldBe(11601);
        reply["codeName"].ShouldBe("Interrupted");
        reply["errmsg"].ShouldBe("operation was interrupted");
        var after = await OkAsync([new("currentOp", 1), new("ns", $"test.{SlowAggregation.Collection}"), new("$db", "admin")]);
        after["inprog"].AsArray.ShouldBeEmpty();
    }

    [Fact]
    public async Task KillOp_of_an_unknown_opid_only_confirms_the_attempt()
    {
        var reply = await OkAsync([new("killOp", 1), new("op", 123456), new("$db", "admin")]);

        reply["info"].ShouldBe("attempting to kill op");
    }

    [Fact]
    public async Task KillOp_without_op_is_BadValue()
    {
        await FailsAsync([new("killOp", 1), new("$db", "admin")], 2, "BadValue");
    }

    [Fact]
    public async Task KillOp_with_a_non_numeric_op_is_TypeMismatch()
    {
        await FailsAsync([new("killOp", 1), new("op", "7"), new("$db", "admin")], 14, "TypeMismatch");
    }

    [Fact]
    public async Task KillOp_runs_only_on_the_admin_database()
    {
        var reply = await FailsAsync([new("killOp", 1), new("op", 1)], 13, "Unauthorized");

        reply["errmsg"].ShouldBe("killOp may only be run against the admin database.");
    }
}
