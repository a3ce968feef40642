using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Tests.Commands.Crud;

public sealed class CrudCommandTests : ServerTestBase
{
    private static BsonDocument Doc(int id, string title, int year) => [new("_id", id), new("title", title), new("year", year)];

    [Fact]
    public async Task Insert_generates_an_object_id_first_when_missing()
    {
        await InsertOneAsync("movies", [new("title", "Alien")]);

        var found = FirstBatch(await OkAsync([new("find", "movies")]))[0].AsDocument;
        found[0].Name.ShouldBe("_id");
        found["_id"].Type.ShouldBe(BsonType.ObjectId);
        found["title"].ShouldBe("Alien");
    }

    [Fact]
    public async Task Insert_moves_a_given_id_to_the_front()
    {
        await InsertOneAsync("movies", [new("title", "Alien"), new("_id", 7)]);

        var found = FirstBatch(await OkAsync([new("find", "movies")]))[0].AsDocument;
        found.Names.ShouldBe(["_id", "title"]);
    }

    [Fact]
    public async Task Duplicate_ids_produce_an_E11000_write_error_and_ordered_inserts_stop()
    {
        var reply = await OkAsync([new("insert", "movies"), new("documents", new BsonArray(Doc(1, "a", 1), Doc(1, "b", 2), Doc(2, "c", 3)))]);

        reply["n"].ShouldBe(1);
        var error = reply["writeErrors"].AsArray.ShouldHaveSingleItem().AsDocument;
        error["index"].ShouldBe(1);
        error["code"].ShouldBe(11000);
        error["errmsg"].ShouldBe("E11000 duplicate key error collection: test.movies index: _id_ dup key: { _id: 1 }");
        error["keyPattern"].ShouldBe(new BsonDocument(new BsonElement("_id", 1)));
        error["keyValue"].ShouldBe(new BsonDocument(new BsonElement("_id", 1)));
    }

    [Fact]
    public async Task Unordered_inserts_continue_after_an_error()
    {
        var reply = await OkAsync([new("insert", "movies"), new("documents", new BsonArray(Doc(1, "a", 1), Doc(1, "b", 2), Doc(2, "c", 3))), new("ordered", false)]);

        reply["n"].ShouldBe(2);
        reply["writeErrors"].AsArray.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Ids_that_are_numerically_equal_collide()
    {
        await InsertOneAsync("movies", [new("_id", 1)]);

        var reply = await OkAsync([new("insert", "movies"), new("documents", new BsonArray(new BsonDocument(new BsonElement("_id", 1.0))))]);

        reply["writeErrors"].AsArray[0].AsDocument["code"].ShouldBe(11000);
    }

    [Fact]
    public async Task Array_ids_are_refused()
    {
        var reply = await OkAsync([new("insert", "movies"), new("documents", new BsonArray(new BsonDocument(new BsonElement("_id", new BsonArray(1)))))]);

        reply["writeErrors"].AsArray[0].AsDocument["code"].ShouldBe(53);
    }

    [Fact]
    public async Task Find_applies_filter_sort_skip_limit_and_projection()
    {
        await InsertAsync("movies", Doc(1, "Alien", 1979), Doc(2, "Heat", 1995), Doc(3, "Up", 2009), Doc(4, "Her", 2013));

        var reply = await OkAsync(
        [
            new("find", "movies"),
            new("filter", new BsonDocument(new BsonElement("year", new BsonDocument(new BsonElement("$gt", 1980))))),
            new("sort", new BsonDocument(new BsonElement("year", -1))),
            new("skip", 1),
            new("limit", 2),
            new("projection", new BsonDocument(new BsonElement("title", 1), new BsonElement("_id", 0))),
        ]);

        FirstBatch(reply).ShouldBe([new BsonDocument(new BsonElement("title", "Up")), new BsonDocument(new BsonElement("title", "Heat"))]);
        CursorId(reply).ShouldBe(0);
        reply["cursor"].AsDocument["ns"].ShouldBe("test.movies");
    }

    [Fact]
    public async Task Find_on_a_missing_collection_returns_an_empty_exhausted_cursor()
    {
        var reply = await OkAsync([new("find", "nothing")]);

        FirstBatch(reply).Count.ShouldBe(0);
        CursorId(reply).ShouldBe(0);
    }

    [Fact]
    public async Task Find_reports_malformed_filters_with_the_query_engine_code()
    {
        var reply = await RunAsync([new("find", "movies"), new("filter", new BsonDocument(new BsonElement("a", new BsonDocument(new BsonElement("$frob", 1)))))]);

        reply["ok"].ShouldBe(0.0);
        reply["code"].ShouldBe(2);
    }

    [Fact]
    public async Task Find_rejects_a_filter_of_the_wrong_type()
    {
        var reply = await FailsAsync([new("find", "movies"), new("filter", 1)], 14, "TypeMismatch");

        reply["errmsg"].ShouldBe("BSON field 'find.filter' is the wrong type 'int', expected type 'object'");
    }

    [Fact]
    public async Task Find_rejects_a_non_string_collection_name()
    {
        await FailsAsync([new("find", 1)], 73, "InvalidNamespace");
    }

    [Fact]
    public async Task Cursors_page_through_batches_with_getMore_until_id_zero()
    {
        await InsertAsync("movies", Enumerable.Range(1, 5).Select(i => Doc(i, $"m{i}", 2000 + i)).ToArray());

        var first = await OkAsync([new("find", "movies"), new("batchSize", 2)]);
        FirstBatch(first).Count.ShouldBe(2);
        var id = CursorId(first);
        id.ShouldNotBe(0);

        var second = await OkAsync([new("getMore", id), new("collection", "movies"), new("batchSize", 2)]);
        second["cursor"].AsDocument["nextBatch"].AsArray.Select(d => d.AsDocument["_id"]).ShouldBe([3, 4]);
        CursorId(second).ShouldBe(id);

        var third = await OkAsync([new("getMore", id), new("collection", "movies")]);
        third["cursor"].AsDocument["nextBatch"].AsArray.Count.ShouldBe(1);
        CursorId(third).ShouldBe(0);

        await FailsAsync([new("getMore", id), new("collection", "movies")], 43, "CursorNotFound");
    }

    [Fact]
    public async Task The_first_batch_defaults_to_101_documents()
    {
        await InsertAsync("many", Enumerable.Range(1, 150).Select(i => new BsonDocument(new BsonElement("_id", i))).ToArray());

        var reply = await OkAsync([new("find", "many")]);

        FirstBatch(reply).Count.ShouldBe(101);
        CursorId(reply).ShouldNotBe(0);
    }

    [Fact]
    public async Task Batch_size_zero_returns_an_empty_first_batch_and_an_open_cursor()
    {
        await InsertAsync("movies", Doc(1, "a", 1));

        var reply = await OkAsync([new("find", "movies"), new("batchSize", 0)]);

        FirstBatch(reply).Count.ShouldBe(0);
        CursorId(reply).ShouldNotBe(0);
    }

    [Fact]
    public async Task Single_batch_closes_the_cursor()
    {
        await InsertAsync("movies", Doc(1, "a", 1), Doc(2, "b", 2), Doc(3, "c", 3));

        var reply = await OkAsync([new("find", "movies"), new("batchSize", 1), new("singleBatch", true)]);

        FirstBatch(reply).Count.ShouldBe(1);
        CursorId(reply).ShouldBe(0);
    }

    [Fact]
    public async Task Batches_stop_at_16_MiB()
    {
        var big = new string('x', 5 * 1024 * 1024);
        await InsertOneAsync("big", [new("_id", 1), new("s", big)]);
        await InsertOneAsync("big", [new("_id", 2), new("s", big)]);
        await InsertOneAsync("big", [new("_id", 3), new("s", big)]);
        await InsertOneAsync("big", [new("_id", 4), new("s", big)]);

        var reply = await OkAsync([new("find", "big")]);

        FirstBatch(reply).Count.ShouldBe(3);
        CursorId(reply).ShouldNotBe(0);
    }

    [Fact]
    public async Task GetMore_on_another_namespace_is_refused()
    {
        await InsertAsync("movies", Doc(1, "a", 1), Doc(2, "b", 2));
        var id = CursorId(await OkAsync([new("find", "movies"), new("batchSize", 1)]));

        await FailsAsync([new("getMore", id), new("collection", "other")], 13, "Unauthorized");
    }

    [Fact]
    public async Task KillCursors_reports_killed_and_unknown_ids()
    {
        await InsertAsync("movies", Doc(1, "a", 1), Doc(2, "b", 2));
        var id = CursorId(await OkAsync([new("find", "movies"), new("batchSize", 1)]));

        var reply = await OkAsync([new("killCursors", "movies"), new("cursors", new BsonArray(id, 12345L))]);

        reply["cursorsKilled"].ShouldBe(new BsonArray(id));
        reply["cursorsNotFound"].ShouldBe(new BsonArray(12345L));
        await FailsAsync([new("getMore", id), new("collection", "movies")], 43, "CursorNotFound");
    }

    [Fact]
    public async Task Count_and_distinct_apply_the_query()
    {
        await InsertAsync("movies", Doc(1, "a", 1990), Doc(2, "b", 1990), Doc(3, "c", 2000), [new("_id", 4), new("year", new BsonArray(2000, 2010))]);

        (await OkAsync([new("count", "movies")]))["n"].ShouldBe(4);
        (await OkAsync([new("count", "movies"), new("query", new BsonDocument(new BsonElement("year", 1990)))]))["n"].ShouldBe(2);
        (await OkAsync([new("count", "movies"), new("skip", 1), new("limit", 2)]))["n"].ShouldBe(2);
        (await OkAsync([new("distinct", "movies"), new("key", "year")]))["values"].ShouldBe(new BsonArray(1990, 2000, 2010));
    }

    [Fact]
    public async Task Delete_removes_one_or_all_matches()
    {
        await InsertAsync("movies", Doc(1, "a", 1990), Doc(2, "b", 1990), Doc(3, "c", 2000));
        var byYear = new BsonDocument(new BsonElement("year", 1990));

        (await OkAsync([new("delete", "movies"), new("deletes", new BsonArray(new BsonDocument(new BsonElement("q", byYear), new BsonElement("limit", 1))))]))["n"].ShouldBe(1);
        (await OkAsync([new("delete", "movies"), new("deletes", new BsonArray(new BsonDocument(new BsonElement("q", BsonDocument.Empty), new BsonElement("limit", 0))))]))["n"].ShouldBe(2);
        (await OkAsync([new("count", "movies")]))["n"].ShouldBe(0);
    }

    [Fact]
    public async Task Delete_rejects_a_limit_other_than_0_or_1()
    {
        var reply = await OkAsync([new("delete", "movies"), new("deletes", new BsonArray(new BsonDocument(new BsonElement("q", BsonDocument.Empty), new BsonElement("limit", 5))))]);

        reply["writeErrors"].AsArray[0].AsDocument["code"].ShouldBe(9);
    }

    [Fact]
    public async Task Empty_write_batches_are_refused()
    {
        await FailsAsync([new("insert", "movies"), new("documents", BsonArray.Empty)], 16, "InvalidLength");
    }

    [Fact]
    public async Task Documents_over_16_MiB_are_refused_with_BSONObjectTooLarge()
    {
        var sequence = new Serverless.Mongo.Protocol.DocumentSequence("documents", [[new("_id", 1), new("s", new string('x', (16 * 1024 * 1024) + 1024))]]);

        var reply = await Client.RunAsync([new("insert", "big")], sequence);

        reply["n"].ShouldBe(0);
        reply["writeErrors"].AsArray[0].AsDocument["code"].ShouldBe(10334);
    }

    [Fact]
    public async Task Transaction_numbers_are_refused_by_a_standalone_server()
    {
        await FailsAsync([new("insert", "c"), new("documents", new BsonArray(new BsonDocument(new BsonElement("_id", 1)))), new("txnNumber", 1L)], 20, "IllegalOperation");
    }
}
