using Serverless.Bson;
using Serverless.Mongo.Embedded.Operations;

namespace Serverless.Mongo.Embedded.Tests.Operations;

public sealed class OperationRegistryTests
{
    private readonly OperationRegistry _registry = new(TimeProvider.System);

    [Theory]
    [InlineData("find", "query")]
    [InlineData("getMore", "getmore")]
    [InlineData("insert", "insert")]
    [InlineData("update", "update")]
    [InlineData("delete", "remove")]
    [InlineData("aggregate", "command")]
    [InlineData("count", "command")]
    public void The_op_field_is_the_legacy_operation_name_of_the_CRUD_commands(string command, string op)
    {
        var operation = _registry.Begin(1, "127.0.0.1:1", "db", [new(command, "c")]);

        operation.OperationType.ShouldBe(op);
    }

    [Fact]
    public void A_command_on_a_collection_runs_on_db_dot_collection_and_getMore_names_it_in_collection()
    {
        _registry.Begin(1, "c", "db", [new("find", "movies")]).Namespace.ShouldBe("db.movies");
        _registry.Begin(1, "c", "db", [new("getMore", 42L), new("collection", "movies")]).Namespace.ShouldBe("db.movies");
    }

    [Fact]
    public void A_command_on_no_collection_runs_on_db_dot_cmd()
    {
        _registry.Begin(1, "c", "db", [new("aggregate", 1)]).Namespace.ShouldBe("db.$cmd");
        _registry.Begin(1, "c", "admin", [new("currentOp", 1)]).Namespace.ShouldBe("admin.$cmd");
    }

    [Fact]
    public void Operations_are_listed_until_they_end_and_only_listed_ones_can_be_killed()
    {
        var first = _registry.Begin(1, "c", "db", [new("find", "a")]);
        var second = _registry.Begin(2, "c", "db", [new("find", "b")]);
        _registry.End(first);

        _registry.Snapshot().ShouldBe([second]);
        _registry.Kill(first.OperationId).ShouldBeFalse();
        _registry.Kill(second.OperationId).ShouldBeTrue();
        second.KillPending.ShouldBeTrue();
        _registry.Kill(long.MaxValue).ShouldBeFalse();
    }
}
