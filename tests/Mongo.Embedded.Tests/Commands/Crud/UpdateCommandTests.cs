using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Tests.Commands.Crud;

public sealed class UpdateCommandTests : ServerTestBase
{
    private static BsonDocument Statement(BsonDocument q, BsonDocument u, bool multi = false, bool upsert = false) =>
        [new("q", q), new("u", u), new("multi", multi), new("upsert", upsert)];

    private static BsonDocument Set(string field, BsonValue value) =>
        [new("$set", new BsonDocument(new BsonElement(field, value)))];

    private static BsonDocument Eq(string field, BsonValue value) => [new(field, value)];

    [Fact]
    public async Task Update_counts_matched_and_modified_documents()
    {
        await InsertAsync("c", [new("_id", 1), new("a", 1)], [new("_id", 2), new("a", 1)], [new("_id", 3), new("a", 2)]);

        var reply = await OkAsync([new("update", "c"), new("updates", new BsonArray(Statement(Eq("a", 1), Set("b", true), multi: true)))]);

        reply["n"].ShouldBe(2);
        reply["nModified"].ShouldBe(2);
        (await OkAsync([new("count", "c"), new("query", Eq("b", true))]))["n"].ShouldBe(2);
    }

    [Fact]
    public async Task Update_without_multi_changes_only_the_first_match()
    {
        await InsertAsync("c", [new("_id", 1), new("a", 1)], [new("_id", 2), new("a", 1)]);

        var reply = await OkAsync([new("update", "c"), new("updates", new BsonArray(Statement(Eq("a", 1), Set("a", 5))))]);

        reply["n"].ShouldBe(1);
        reply["nModified"].ShouldBe(1);
        FirstBatch(await OkAsync([new("find", "c"), new("filter", Eq("_id", 1))]))[0].AsDocument["a"].ShouldBe(5);
    }

    [Fact]
    public async Task An_update_that_changes_nothing_is_matched_but_not_modified()
    {
        await InsertOneAsync("c", [new("_id", 1), new("a", 1)]);

        var reply = await OkAsync([new("update", "c"), new("updates", new BsonArray(Statement(Eq("_id", 1), Set("a", 1))))]);

        reply["n"].ShouldBe(1);
        reply["nModified"].ShouldBe(0);
    }

    [Fact]
    public async Task Upsert_inserts_the_filter_equalities_plus_the_update_and_reports_the_id()
    {
        var reply = await OkAsync([new("update", "c"), new("updates", new BsonArray(Statement(Eq("_id", 9), Set("a", 1), upsert: true)))]);

        reply["n"].ShouldBe(1);
        reply["nModified"].ShouldBe(0);
        reply["upserted"].ShouldBe(new BsonArray(new BsonDocument(new BsonElement("index", 0), new BsonElement("_id", 9))));
        FirstBatch(await OkAsync([new("find", "c")]))[0].ShouldBe(new BsonDocument(new BsonElement("_id", 9), new BsonElement("a", 1)));
    }

    [Fact]
    public async Task Replacement_keeps_the_id()
    {
        await InsertOneAsync("c", [new("_id", 1), new("a", 1)]);

        await OkAsync([new("update", "c"), new("updates", new BsonArray(Statement(Eq("_id", 1), Eq("b", 2))))]);

        FirstBatch(await OkAsync([new("find", "c")]))[0].ShouldBe(new BsonDocument(new BsonElement("_id", 1), new BsonElement("b", 2)));
    }

    [Fact]
    public async Task Changing_the_id_is_a_write_error()
    {
        await InsertOneAsync("c", [new("_id", 1), new("a", 1)]);

        var reply = await OkAsync([new("update", "c"), new("updates", new BsonArray(Statement(Eq("_id", 1), Set("_id", 2))))]);

        reply["writeErrors"].AsArray[0].AsDocument["code"].ShouldBe(66);
    }

    [Fact]
    public async Task Multi_replacement_is_refused()
    {
        var reply = await OkAsync([new("update", "c"), new("updates", new BsonArray(Statement(BsonDocument.Empty, Eq("b", 2), multi: true)))]);

        reply["writeErrors"].AsArray[0].AsDocument["code"].ShouldBe(9);
    }

    [Fact]
    public async Task FindAndModify_returns_the_old_or_new_document()
    {
        await InsertOneAsync("c", [new("_id", 1), new("n", 1)]);
        var inc = new BsonDocument(new BsonElement("$inc", new BsonDocument(new BsonElement("n", 1))));

        var before = await OkAsync([new("findAndModify", "c"), new("query", Eq("_id", 1)), new("update", inc)]);
        var after = await OkAsync([new("findAndModify", "c"), new("query", Eq("_id", 1)), new("update", inc), new("new", true)]);

        before["value"].AsDocument["n"].ShouldBe(1);
        before["lastErrorObject"].ShouldBe(new BsonDocument(new BsonElement("n", 1), new BsonElement("updatedExisting", true)));
        after["value"].AsDocument["n"].ShouldBe(3);
    }

    [Fact]
    public async Task FindAndModify_removes_the_first_document_by_sort()
    {
        await InsertAsync("c", [new("_id", 1), new("n", 5)], [new("_id", 2), new("n", 9)]);

        var reply = await OkAsync([new("findAndModify", "c"), new("sort", Eq("n", -1)), new("remove", true)]);

        reply["value"].AsDocument["_id"].ShouldBe(2);
        (await OkAsync([new("count", "c")]))["n"].ShouldBe(1);
    }

    [Fact]
    public async Task FindAndModify_upserts_when_nothing_matches()
    {
        var reply = await OkAsync([new("findAndModify", "c"), new("query", Eq("_id", 4)), new("update", Set("a", 1)), new("upsert", true), new("new", true)]);

        reply["value"].ShouldBe(new BsonDocument(new BsonElement("_id", 4), new BsonElement("a", 1)));
        reply["lastErrorObject"].AsDocument["upserted"].ShouldBe(4);
        reply["lastErrorObject"].AsDocument["updatedExisting"].ShouldBe(false);
    }

    [Fact]
    public async Task FindAndModify_without_match_returns_null()
    {
        var reply = await OkAsync([new("findAndModify", "c"), new("query", Eq("_id", 4)), new("remove", true)]);

        reply["value"].ShouldBe(BsonNull.Value);
        reply["lastErrorObject"].AsDocument["n"].ShouldBe(0);
    }

    [Fact]
    public async Task FindAndModify_needs_exactly_one_of_update_and_remove()
    {
        await FailsAsync([new("findAndModify", "c"), new("query", BsonDocument.Empty)], 9, "FailedToParse");
        await FailsAsync([new("findAndModify", "c"), new("update", Set("a", 1)), new("remove", true)], 9, "FailedToParse");
    }

    [Fact]
    public async Task FindAndModify_fails_as_a_whole_on_a_duplicate_key()
    {
        await OkAsync([new("createIndexes", "c"), new("indexes", new BsonArray(new BsonDocument(new BsonElement("key", Eq("a", 1)), new BsonElement("name", "a_1"), new BsonElement("unique", true))))]);
        await InsertAsync("c", [new("_id", 1), new("a", 1)], [new("_id", 2), new("a", 2)]);

        var reply = await FailsAsync([new("findAndModify", "c"), new("query", Eq("_id", 2)), new("update", Set("a", 1))], 11000, "DuplicateKey");

        reply["errmsg"].ShouldBe("E11000 duplicate key error collection: test.c index: a_1 dup key: { a: 1 }");
        reply["keyValue"].ShouldBe(Eq("a", 1));
    }
}
