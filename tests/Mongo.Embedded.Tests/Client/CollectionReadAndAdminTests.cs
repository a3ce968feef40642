using Serverless.Bson;
using static Serverless.Mongo.Embedded.Tests.Query.Json;

namespace Serverless.Mongo.Embedded.Tests.Client;

public sealed class CollectionReadAndAdminTests : ClientTestBase
{
    [Fact]
    public async Task Find_one_asks_for_a_single_document_in_a_single_batch()
    {
        await People.InsertManyAsync([Doc("{_id: 1, x: 1}"), Doc("{_id: 2, x: 1}")]);

        var found = await People.FindOneAsync(Doc("{x: 1}"), new FindOptions { Sort = Doc("{_id: -1}") });

        found.ShouldBe(Doc("{_id: 2, x: 1}"));
        var command = Commands.Started[^1].Command;
        (command["limit"], command["singleBatch"]).ShouldBe(((BsonValue)1, (BsonValue)true));
        (await People.FindOneAsync(Doc("{x: 2}"))).ShouldBeNull();
    }

    [Fact]
    public async Task Count_documents_applies_skip_and_limit_and_estimated_count_uses_count()
    {
        await People.InsertManyAsync(Enumerable.Range(0, 10).Select(i => new BsonDocument([new("_id", i)])));

        (await People.CountDocumentsAsync(Doc("{_id: {$gte: 2}}"), new CountOptions { Skip = 3, Limit = 4 })).ShouldBe(4);
        (await People.EstimatedDocumentCountAsync()).ShouldBe(10);
        Commands.Started[^1].CommandName.ShouldBe("count");
    }

    [Fact]
    public async Task Distinct_returns_each_value_once_and_let_reaches_expr()
    {
        await People.InsertManyAsync([Doc("{_id: 1, tag: ['a', 'b']}"), Doc("{_id: 2, tag: 'a'}")]);

        var tags = await People.DistinctAsync("tag", BsonDocument.Empty);
        var withLet = await ToListAsync(await People.FindAsync(Doc("{$expr: {$eq: ['$_id', '$$id']}}"), new FindOptions { Let = Doc("{id: 2}") }));

        tags.ShouldBe([(BsonValue)"a", "b"]);
        withLet.Single()["_id"].ShouldBe(2);
    }

    [Fact]
    public async Task Find_comment_is_repeated_on_get_more()
    {
        await People.InsertManyAsync(Enumerable.Range(0, 5).Select(i => new BsonDocument([new("_id", i)])));

        var found = await ToListAsync(await People.FindAsync(BsonDocument.Empty, new FindOptions { BatchSize = 2, Comment = "trace" }));

        found.Count.ShouldBe(5);
        Commands.Started.Where(c => c.CommandName == "getMore").ShouldAllBe(c => c.Command["comment"] == (BsonValue)"trace");
    }

    [Fact]
    public async Task Indexes_can_be_created_listed_and_dropped()
    {
        var names = await People.CreateIndexesAsync([Doc("{key: {a: 1, b: -1}}"), Doc("{key: {c: 1}, name: 'by_c', unique: true}")]);

        names.ShouldBe(["a_1_b_-1", "by_c"]);
        (await ToListAsync(await People.ListIndexesAsync())).Select(i => i["name"].AsString).ShouldBe(["_id_", "a_1_b_-1", "by_c"], ignoreOrder: true);
        await People.DropIndexAsync("by_c");
        await People.DropIndexesAsync();
        (await ToListAsync(await People.ListIndexesAsync())).Select(i => i["name"].AsString).ShouldBe(["_id_"]);
    }

    [Fact]
    public async Task Collections_can_be_created_listed_and_dropped_and_dropping_twice_is_fine()
    {
        await Database.CreateCollectionAsync("made");

        var listed = await ToListAsync(await Database.ListCollectionsAsync(Doc("{name: 'made'}")));
        await Database.DropCollectionAsync("made");
        await Database.DropCollectionAsync("made");

        listed.Single()["name"].ShouldBe("made");
        (await ToListAsync(await Database.ListCollectionsAsync(Doc("{name: 'made'}")))).ShouldBeEmpty();
    }
}
