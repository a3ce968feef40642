using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Tests.Commands;

public sealed class MaxTimeMSTests : ServerTestBase
{
    protected override EmbeddedMongoServerOptions Options => new() { TimeProvider = new SteppingTimeProvider() };

    [Fact]
    public async Task A_find_that_outlives_maxTimeMS_fails_with_MaxTimeMSExpired()
    {
        await InsertAsync("c", Enumerable.Range(0, 200).Select(i => new BsonDocument(new BsonElement("_id", i))).ToArray());

        var reply = await FailsAsync([new("find", "c"), new("maxTimeMS", 1)], 50, "MaxTimeMSExpired");

        reply["errmsg"].ShouldBe("operation exceeded time limit");
    }

    [Fact]
    public async Task MaxTimeMS_zero_means_no_limit()
    {
        await InsertAsync("c", Enumerable.Range(0, 200).Select(i => new BsonDocument(new BsonElement("_id", i))).ToArray());

        await OkAsync([new("find", "c"), new("maxTimeMS", 0)]);
    }

    [Fact]
    public async Task A_negative_maxTimeMS_is_BadValue()
    {
        await FailsAsync([new("find", "c"), new("maxTimeMS", -5)], 2, "BadValue");
    }
}
