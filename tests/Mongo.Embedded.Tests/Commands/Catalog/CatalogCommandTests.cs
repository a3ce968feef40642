using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Tests.Commands.Catalog;

public sealed class CatalogCommandTests : ServerTestBase
{
    [Fact]
    public async Task ListCollections_lists_created_and_implicit_collections_by_name()
    {
        await OkAsync([new("create", "b")]);
        await InsertOneAsync("a", [new("_id", 1)]);

        var reply = await OkAsync([new("listCollections", 1)]);

        var batch = FirstBatch(reply);
        batch.Select(c => c.AsDocument["name"]).ShouldBe(["a", "b"]);
        batch[0].AsDocument["type"].ShouldBe("collection");
        batch[0].AsDocument["idIndex"].AsDocument["name"].ShouldBe("_id_");
        reply["cursor"].AsDocument["ns"].ShouldBe("test.$cmd.listCollections");
    }

    [Fact]
    public async Task ListCollections_applies_its_filter()
    {
        await OkAsync([new("create", "a")]);
        await OkAsync([new("create", "b")]);

        var reply = await OkAsync([new("listCollections", 1), new("filter", new BsonDocument(new BsonElement("name", "b"))), new("nameOnly", true)]);

        FirstBatch(reply).ShouldBe([new BsonDocument(new BsonElement("name", "b"), new BsonElement("type", "collection"))]);
    }

    [Fact]
    public async Task Create_twice_with_the_same_options_succeeds_and_with_others_fails()
    {
        await OkAsync([new("create", "a")]);
        await OkAsync([new("create", "a")]);

        await FailsAsync([new("create", "a"), new("capped", true), new("size", 1024)], 48, "NamespaceExists");
    }

    [Fact]
    public async Task Drop_removes_the_collection_and_an_empty_database_disappears()
    {
        await InsertOneAsync("a", [new("_id", 1)]);

        var dropped = await OkAsync([new("drop", "a")]);
        dropped["nIndexesWas"].ShouldBe(1);
        dropped["ns"].ShouldBe("test.a");

        FirstBatch(await OkAsync([new("listCollections", 1)])).Count.ShouldBe(0);
        var databases = await OkAsync([new("listDatabases", 1), new("$db", "admin")]);
        databases["databases"].AsArray.ShouldBeEmpty();
    }

    [Fact]
    public async Task Drop_of_a_missing_collection_succeeds()
    {
        await OkAsync([new("drop", "missing")]);
    }

    [Fact]
    public async Task ListDatabases_reports_each_database_with_collections()
    {
        await InsertOneAsync("a", [new("_id", 1)]);
        await OkAsync([new("insert", "x"), new("documents", new BsonArray(new BsonDocument(new BsonElement("_id", 1)))), new("$db", "other")]);

        var reply = await OkAsync([new("listDatabases", 1), new("$db", "admin")]);

        reply["databases"].AsArray.Select(d => d.AsDocument["name"]).ShouldBe(["other", "test"]);
        reply["databases"].AsArray[0].AsDocument["empty"].ShouldBe(false);
        reply["totalSize"].AsInt64.ShouldBeGreaterThan(0);
        var names = await OkAsync([new("listDatabases", 1), new("nameOnly", true), new("$db", "admin")]);
        names["databases"].AsArray[0].ShouldBe(new BsonDocument(new BsonElement("name", "other")));
    }

    [Fact]
    public async Task DropDatabase_removes_all_its_collections()
    {
        await InsertOneAsync("a", [new("_id", 1)]);
        await InsertOneAsync("b", [new("_id", 1)]);

        await OkAsync([new("dropDatabase", 1)]);

        FirstBatch(await OkAsync([new("listCollections", 1)])).Count.ShouldBe(0);
    }

    [Fact]
    public async Task Collection_names_with_a_dollar_are_refused()
    {
        await FailsAsync([new("create", "a$b")], 73, "InvalidNamespace");
    }
}
