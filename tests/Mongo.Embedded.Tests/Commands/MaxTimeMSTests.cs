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
    public async Task A_find_checks_its_deadline_at_every_document_it_scans()
    {
        // The clock steps one second per read: the second document's check is 2 s in, past 1.5 s. A check
        // every 64th document only would let this 3-document scan finish.
        await InsertAsync("c", Enumerable.Range(0, 3).Select(i => new BsonDocument(new BsonElement("_id", i))).ToArray());

        await FailsAsync([new("find", "c"), new("maxTimeMS", 1500)], 50, "MaxTimeMSExpired");
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
