using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Tests.Commands.Indexes;

public sealed class IndexCommandTests : ServerTestBase
{
    private static BsonDocument Index(BsonDocument key, string name, bool unique = false) =>
        [new("key", key), new("name", name), new("unique", unique)];

    private Task<BsonDocument> CreateAsync(string collection, params BsonDocument[] indexes) =>
        OkAsync([new("createIndexes", collection), new("indexes", new BsonArray(indexes))]);

    [Fact]
    public async Task CreateIndexes_reports_counts_and_creates_the_collection()
    {
        var reply = await CreateAsync("c", Index([new("a", 1)], "a_1"), Index([new("a", 1), new("b", -1)], "a_1_b_-1"));

        reply["numIndexesBefore"].ShouldBe(1);
        reply["numIndexesAfter"].ShouldBe(3);
        reply["createdCollectionAutomatically"].ShouldBe(true);
        var indexes = FirstBatch(await OkAsync([new("listIndexes", "c")]));
        indexes.Select(i => i.AsDocument["name"]).ShouldBe(["_id_", "a_1", "a_1_b_-1"]);
        indexes[2].AsDocument["key"].ShouldBe(new BsonDocument(new BsonElement("a", 1), new BsonElement("b", -1)));
    }

    [Fact]
    public async Task Creating_an_existing_index_again_is_a_no_op()
    {
        await CreateAsync("c", Index([new("a", 1)], "a_1"));

        var reply = await CreateAsync("c", Index([new("a", 1)], "a_1"));

        reply["numIndexesAfter"].ShouldBe(2);
        reply["note"].ShouldBe("all indexes already exist");
    }

    [Fact]
    public async Task Same_key_with_another_name_conflicts()
    {
        await CreateAsync("c", Index([new("a", 1)], "a_1"));

        await FailsAsync([new("createIndexes", "c"), new("indexes", new BsonArray(Index([new("a", 1)], "other")))], 85, "IndexOptionsConflict");
    }

    [Fact]
    public async Task Unsupported_index_types_are_refused()
    {
        await FailsAsync([new("createIndexes", "c"), new("indexes", new BsonArray(Index([new("a", "text")], "a_text")))], 67, "CannotCreateIndex");
    }

    [Fact]
    public async Task Unique_indexes_reject_duplicate_keys_with_the_E11000_shape()
    {
        await CreateAsync("c", Index([new("email", 1)], "email_1", unique: true));
        await InsertOneAsync("c", [new("_id", 1), new("email", "a@x")]);

        var reply = await OkAsync([new("insert", "c"), new("documents", new BsonArray(new BsonDocument(new BsonElement("_id", 2), new BsonElement("email", "a@x"))))]);

        var error = reply["writeErrors"].AsArray[0].AsDocument;
        error["code"].ShouldBe(11000);
        error["errmsg"].ShouldBe("E11000 duplicate key error collection: test.c index: email_1 dup key: { email: \"a@x\" }");
        error["keyPattern"].ShouldBe(new BsonDocument(new BsonElement("email", 1)));
    }

    [Fact]
    public async Task Compound_unique_indexes_compare_all_fields()
    {
        await CreateAsync("c", Index([new("a", 1), new("b", 1)], "a_1_b_1", unique: true));
        await InsertOneAsync("c", [new("_id", 1), new("a", 1), new("b", 1)]);
        await InsertOneAsync("c", [new("_id", 2), new("a", 1), new("b", 2)]);

        var reply = await OkAsync([new("insert", "c"), new("documents", new BsonArray(new BsonDocument(new BsonElement("_id", 3), new BsonElement("a", 1), new BsonElement("b", 2))))]);

        reply["writeErrors"].AsArray[0].AsDocument["errmsg"].ShouldBe("E11000 duplicate key error collection: test.c index: a_1_b_1 dup key: { a: 1, b: 2 }");
    }

    [Fact]
    public async Task A_unique_index_cannot_be_built_over_existing_duplicates()
    {
        await InsertAsync("c", [new("_id", 1), new("a", 1)], [new("_id", 2), new("a", 1)]);

        await FailsAsync([new("createIndexes", "c"), new("indexes", new BsonArray(Index([new("a", 1)], "a_1", unique: true)))], 11000, "DuplicateKey");
    }

    [Fact]
    public async Task Unique_indexes_are_kept_up_to_date_by_updates_and_deletes()
    {
        await CreateAsync("c", Index([new("a", 1)], "a_1", unique: true));
        await InsertAsync("c", [new("_id", 1), new("a", 1)], [new("_id", 2), new("a", 2)]);
        await OkAsync([new("delete", "c"), new("deletes", new BsonArray(new BsonDocument(new BsonElement("q", new BsonDocument(new BsonElement("_id", 1))), new BsonElement("limit", 1))))]);

        await OkAsync([new("update", "c"), new("updates", new BsonArray(new BsonDocument(new BsonElement("q", new BsonDocument(new BsonElement("_id", 2))), new BsonElement("u", new BsonDocument(new BsonElement("$set", new BsonDocument(new BsonElement("a", 1)))))))), new("ordered", true)]);

        var reply = await OkAsync([new("insert", "c"), new("documents", new BsonArray(new BsonDocument(new BsonElement("_id", 3), new BsonElement("a", 2))))]);
        reply.Contains("writeErrors").ShouldBeFalse();
    }

    [Fact]
    public async Task Finds_through_an_index_return_the_same_documents_as_a_scan()
    {
        await InsertAsync("c", [new("_id", 1), new("a", 1), new("b", "x")], [new("_id", 2), new("a", new BsonArray(1, 2)), new("b", "y")], [new("_id", 3), new("a", 3), new("b", "x")]);
        var filter = new BsonDocument(new BsonElement("a", new BsonDocument(new BsonElement("$in", new BsonArray(1, 3)))), new BsonElement("b", "x"));
        var scanned = FirstBatch(await OkAsync([new("find", "c"), new("filter", filter)]));

        await CreateAsync("c", Index([new("a", 1), new("b", 1)], "a_1_b_1"));
        var indexed = FirstBatch(await OkAsync([new("find", "c"), new("filter", filter), new("sort", new BsonDocument(new BsonElement("_id", 1)))]));

        indexed.ShouldBe(scanned);
        indexed.Select(d => d.AsDocument["_id"]).ShouldBe([1, 3]);
    }

    [Fact]
    public async Task DropIndexes_drops_by_name_key_or_star_but_never_id()
    {
        await CreateAsync("c", Index([new("a", 1)], "a_1"), Index([new("b", 1)], "b_1"), Index([new("d", 1)], "d_1"));

        (await OkAsync([new("dropIndexes", "c"), new("index", "a_1")]))["nIndexesWas"].ShouldBe(4);
        await OkAsync([new("dropIndexes", "c"), new("index", new BsonDocument(new BsonElement("b", 1)))]);
        await FailsAsync([new("dropIndexes", "c"), new("index", "_id_")], 72, "InvalidOptions");
        await FailsAsync([new("dropIndexes", "c"), new("index", "nope")], 27, "IndexNotFound");
        await OkAsync([new("dropIndexes", "c"), new("index", "*")]);

        FirstBatch(await OkAsync([new("listIndexes", "c")])).Select(i => i.AsDocument["name"]).ShouldBe(["_id_"]);
    }

    [Fact]
    public async Task ListIndexes_of_a_missing_collection_is_NamespaceNotFound()
    {
        await FailsAsync([new("listIndexes", "missing")], 26, "NamespaceNotFound");
    }
}
