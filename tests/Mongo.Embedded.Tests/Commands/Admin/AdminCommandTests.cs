using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Tests.Commands.Admin;

public sealed class AdminCommandTests : ServerTestBase
{
    [Fact]
    public async Task Hello_describes_a_standalone_8_0_server()
    {
        var reply = await OkAsync([new("hello", 1)]);

        reply["isWritablePrimary"].ShouldBe(true);
        reply["maxWireVersion"].ShouldBe(25);
        reply["maxBsonObjectSize"].ShouldBe(16777216);
        reply["maxMessageSizeBytes"].ShouldBe(48000000);
        reply["maxWriteBatchSize"].ShouldBe(100000);
        reply["logicalSessionTimeoutMinutes"].ShouldBe(30);
        reply["localTime"].Type.ShouldBe(BsonType.DateTime);
        reply["connectionId"].Type.ShouldBe(BsonType.Int32);
        reply.Contains("setName").ShouldBeFalse();
        reply.Contains("msg").ShouldBeFalse();
    }

    [Fact]
    public async Task IsMaster_answers_with_the_legacy_ismaster_field()
    {
        var reply = await OkAsync([new("isMaster", 1)]);

        reply["ismaster"].ShouldBe(true);
        reply.Contains("isWritablePrimary").ShouldBeFalse();
    }

    [Fact]
    public async Task BuildInfo_reports_version_8_0_0()
    {
        var reply = await OkAsync([new("buildInfo", 1), new("$db", "admin")]);

        reply["version"].ShouldBe("8.0.0");
        reply["versionArray"].ShouldBe(new BsonArray(8, 0, 0, 0));
    }

    [Fact]
    public async Task EndSessions_accepts_session_ids()
    {
        await OkAsync([new("endSessions", new BsonArray(new BsonDocument(new BsonElement("id", BsonBinary.FromGuid(Guid.NewGuid()))))), new("$db", "admin")]);
    }

    [Fact]
    public async Task EndSessions_rejects_an_id_that_is_not_a_uuid()
    {
        await FailsAsync([new("endSessions", new BsonArray(new BsonDocument(new BsonElement("id", 1)))), new("$db", "admin")], 14, "TypeMismatch");
    }

    [Fact]
    public async Task EndSessions_rejects_a_non_array()
    {
        await FailsAsync([new("endSessions", 1), new("$db", "admin")], 14, "TypeMismatch");
    }
}
