using Serverless.Bson;
using Serverless.Mongo.Operations;

namespace Serverless.Mongo.Tests.Operations;

public sealed class CommandClassifierTests
{
    [Theory]
    [InlineData("find", true)]
    [InlineData("count", true)]
    [InlineData("distinct", true)]
    [InlineData("listIndexes", true)]
    [InlineData("getMore", false)]
    [InlineData("insert", false)]
    public void Retryable_reads_are_the_specs_supported_read_operations(string name, bool retryable)
    {
        CommandClassifier.IsRetryableRead(new BsonDocument([new(name, "c")])).ShouldBe(retryable);
    }

    [Theory]
    [InlineData("find", true)]
    [InlineData("insert", true)]
    [InlineData("getMore", true)]
    [InlineData("ping", true)]
    [InlineData("hello", false)]
    [InlineData("isMaster", false)]
    [InlineData("saslStart", false)]
    [InlineData("saslContinue", false)]
    [InlineData("endSessions", false)]
    public void Implicit_sessions_go_on_every_command_but_the_handshake_authentication_and_endSessions(string name, bool takesSession)
    {
        CommandClassifier.TakesImplicitSession(new BsonDocument([new(name, "c")])).ShouldBe(takesSession);
    }

    [Fact]
    public void Unacknowledged_writes_and_commands_that_name_their_session_take_no_implicit_session()
    {
        var unacknowledged = new BsonDocument([new("insert", "c"), new("writeConcern", new BsonDocument([new("w", 0)]))]);
        var acknowledged = new BsonDocument([new("insert", "c"), new("writeConcern", new BsonDocument([new("w", 1)]))]);
        var explicitSession = new BsonDocument([new("find", "c"), new("lsid", new BsonDocument([new("id", BsonBinary.FromGuid(Guid.NewGuid()))]))]);

        CommandClassifier.TakesImplicitSession(unacknowledged).ShouldBeFalse();
        CommandClassifier.TakesImplicitSession(acknowledged).ShouldBeTrue();
        CommandClassifier.TakesImplicitSession(explicitSession).ShouldBeFalse();
    }

    [Fact]
    public void Aggregate_with_out_or_merge_is_a_write_and_not_a_retryable_read()
    {
        var plain = Aggregate(new BsonDocument([new("$match", BsonDocument.Empty)]));
        var writing = Aggregate(new BsonDocument([new("$match", BsonDocument.Empty)]), new BsonDocument([new("$merge", "other")]));

        CommandClassifier.IsRetryableRead(plain).ShouldBeTrue();
        CommandClassifier.KindOf(plain).ShouldBe(CommandKind.Read);
        CommandClassifier.IsRetryableRead(writing).ShouldBeFalse();
        CommandClassifier.KindOf(writing).ShouldBe(CommandKind.Write);
    }

    [Fact]
    public void Single_document_writes_are_retryable_and_multi_document_ones_are_not()
    {
        CommandClassifier.IsRetryableWrite(new BsonDocument([new("insert", "c"), new("documents", new BsonArray())])).ShouldBeTrue();
        CommandClassifier.IsRetryableWrite(new BsonDocument([new("findAndModify", "c")])).ShouldBeTrue();
        CommandClassifier.IsRetryableWrite(Update(multi: false)).ShouldBeTrue();
        CommandClassifier.IsRetryableWrite(Update(multi: true)).ShouldBeFalse();
        CommandClassifier.IsRetryableWrite(Delete(limit: 1)).ShouldBeTrue();
        CommandClassifier.IsRetryableWrite(Delete(limit: 0)).ShouldBeFalse();
        CommandClassifier.IsRetryableWrite(new BsonDocument([new("drop", "c")])).ShouldBeFalse();
    }

    [Fact]
    public void Generic_path_treats_unknown_commands_as_writes()
    {
        CommandClassifier.KindOf(new BsonDocument([new("createIndexes", "c")])).ShouldBe(CommandKind.Write);
        CommandClassifier.KindOf(new BsonDocument([new("ping", 1)])).ShouldBe(CommandKind.Read);
    }

    private static BsonDocument Aggregate(params BsonDocument[] stages) =>
        new([new("aggregate", "c"), new("pipeline", new BsonArray(stages)), new("cursor", BsonDocument.Empty)]);

    private static BsonDocument Update(bool multi) =>
        new([new("update", "c"), new("updates", new BsonArray([new BsonDocument([new("q", BsonDocument.Empty), new("u", BsonDocument.Empty), new("multi", multi)])]))]);

    private static BsonDocument Delete(int limit) =>
        new([new("delete", "c"), new("deletes", new BsonArray([new BsonDocument([new("q", BsonDocument.Empty), new("limit", limit)])]))]);
}
