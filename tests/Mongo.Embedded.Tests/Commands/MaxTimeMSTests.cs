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
    public async Task An_aggregation_checks_its_deadline_between_stages_not_only_per_input_document()
    {
        // One input document unwinds into five that $group consumes before it yields anything. With the clock
        // stepping one second per read, the check after the second unwound document is 3 s in, past 2.5 s;
        // checking only input and output documents would have let it finish.
        await InsertOneAsync("c", new BsonDocument(new BsonElement("_id", 1), new BsonElement("a", new BsonArray(1, 2, 3, 4, 5))));
        var pipeline = new BsonArray(
            new BsonDocument(new BsonElement("$unwind", "$a")),
            new BsonDocument(new BsonElement("$group", new BsonDocument(new BsonElement("_id", BsonNull.Value), new BsonElement("n", new BsonDocument(new BsonElement("$sum", 1)))))));

        await FailsAsync([new("aggregate", "c"), new("pipeline", pipeline), new("cursor", BsonDocument.Empty), new("maxTimeMS", 2500)], 50, "MaxTimeMSExpired");
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
