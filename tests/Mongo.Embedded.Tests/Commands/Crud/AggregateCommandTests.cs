using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Tests.Commands.Crud;

/// <summary>The aggregate command's wiring: cursor shape, errors, $lookup over the catalog. Stage semantics are tested with the engine.</summary>
public sealed class AggregateCommandTests : ServerTestBase
{
    private async Task SeedAsync()
    {
        await InsertAsync(
            "movies",
            ExtendedJson.ParseDocument("{\"_id\": 1, \"title\": \"Alien\", \"year\": 1979}"),
            ExtendedJson.ParseDocument("{\"_id\": 2, \"title\": \"Heat\", \"year\": 1995}"),
            ExtendedJson.ParseDocument("{\"_id\": 3, \"title\": \"Up\", \"year\": 1995}"));
        await InsertAsync(
            "comments",
            ExtendedJson.ParseDocument("{\"_id\": 10, \"movie_id\": 1, \"text\": \"scary\"}"),
            ExtendedJson.ParseDocument("{\"_id\": 11, \"movie_id\": 1, \"text\": \"classic\"}"));
    }

    private Task<BsonDocument> AggregateAsync(string pipeline, BsonDocument? cursor = null) =>
        RunAsync([new("aggregate", "movies"), new("pipeline", ExtendedJson.Parse(pipeline)), new("cursor", cursor ?? BsonDocument.Empty)]);

    [Fact]
    public async Task The_node_driver_countDocuments_pipeline_counts_matches()
    {
        await SeedAsync();

        var reply = await AggregateAsync("[{\"$match\": {\"year\": 1995}}, {\"$group\": {\"_id\": 1, \"n\": {\"$sum\": 1}}}]");

        FirstBatch(reply).ShouldBe([ExtendedJson.ParseDocument("{\"_id\": 1, \"n\": 2}")]);
        CursorId(reply).ShouldBe(0);
        reply["cursor"].AsDocument["ns"].ShouldBe("test.movies");
    }

    [Fact]
    public async Task A_leading_match_gives_the_same_results_with_an_index()
    {
        await SeedAsync();
        const string pipeline = "[{\"$match\": {\"year\": {\"$in\": [1995, 1979]}, \"title\": {\"$ne\": \"Up\"}}}, {\"$sort\": {\"_id\": 1}}]";
        var scanned = FirstBatch(await AggregateAsync(pipeline));

        await OkAsync([new("createIndexes", "movies"), new("indexes", new BsonArray(new BsonDocument(new BsonElement("key", new BsonDocument(new BsonElement("year", 1))), new BsonElement("name", "year_1"))))]);
        var indexed = FirstBatch(await AggregateAsync(pipeline));

        indexed.ShouldBe(scanned);
        indexed.Select(d => d.AsDocument["_id"]).ShouldBe([1, 2]);
    }

    [Fact]
    public async Task Unsorted_results_keep_storage_order_whether_or_not_an_index_answers()
    {
        await InsertAsync(
            "movies",
            ExtendedJson.ParseDocument("{\"_id\": 3, \"year\": 1995}"),
            ExtendedJson.ParseDocument("{\"_id\": 1, \"year\": 1979}"),
            ExtendedJson.ParseDocument("{\"_id\": 2, \"year\": 1995}"));
        await OkAsync([new("createIndexes", "movies"), new("indexes", new BsonArray(new BsonDocument(new BsonElement("key", new BsonDocument(new BsonElement("year", 1))), new BsonElement("name", "year_1"))))]);

        var byId = FirstBatch(await OkAsync([new("find", "movies"), new("filter", ExtendedJson.ParseDocument("{\"_id\": {\"$in\": [2, 1, 3]}}"))]));
        var byYear = FirstBatch(await OkAsync([new("find", "movies"), new("filter", ExtendedJson.ParseDocument("{\"year\": {\"$in\": [1995, 1979]}}"))]));
        var matched = FirstBatch(await AggregateAsync("[{\"$match\": {\"$or\": [{\"_id\": 2}, {\"_id\": 1}, {\"year\": 1995}]}}]"));

        byId.Select(d => d.AsDocument["_id"]).ShouldBe([3, 1, 2]);
        byYear.Select(d => d.AsDocument["_id"]).ShouldBe([3, 1, 2]);
        matched.Select(d => d.AsDocument["_id"]).ShouldBe([3, 1, 2]);
    }

    [Fact]
    public async Task Facet_branches_of_an_or_match_give_each_branch_its_own_sorted_page()
    {
        await SeedAsync();
        const string pipeline = """
            [{"$match": {"$or": [{"year": {"$gte": 1990}}, {"title": {"$regex": "^A"}}, {"$and": [{"_id": {"$nin": [2]}}, {"$nor": [{"year": 1979}]}]}]}},
             {"$facet": {
               "k0": [{"$match": {"year": {"$gte": 1990}}}, {"$sort": {"year": -1, "_id": -1}}, {"$skip": 1}, {"$limit": 1}],
               "k1": [{"$match": {"title": {"$regex": "^A"}}}, {"$limit": 5}],
               "k2": [{"$match": {"$and": [{"_id": {"$nin": [2]}}, {"$nor": [{"year": 1979}]}]}}, {"$sort": {"title": 1}}]}}]
            """;

        var facets = FirstBatch(await AggregateAsync(pipeline)).Single().AsDocument;

        facets["k0"].AsArray.Select(d => d.AsDocument["_id"]).ShouldBe([2]);
        facets["k1"].AsArray.Select(d => d.AsDocument["_id"]).ShouldBe([1]);
        facets["k2"].AsArray.Select(d => d.AsDocument["_id"]).ShouldBe([3]);
    }

    [Fact]
    public async Task Lookup_reads_other_collections_of_the_catalog()
    {
        await SeedAsync();

        var reply = await AggregateAsync("[{\"$match\": {\"_id\": 1}}, {\"$lookup\": {\"from\": \"comments\", \"localField\": \"_id\", \"foreignField\": \"movie_id\", \"as\": \"comments\"}}]");

        FirstBatch(reply)[0].AsDocument["comments"].AsArray.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Results_page_through_a_cursor()
    {
        await SeedAsync();

        var reply = await AggregateAsync("[]", new BsonDocument(new BsonElement("batchSize", 2)));

        FirstBatch(reply).Count.ShouldBe(2);
        var more = await OkAsync([new("getMore", CursorId(reply)), new("collection", "movies")]);
        more["cursor"].AsDocument["nextBatch"].AsArray.Count.ShouldBe(1);
        CursorId(more).ShouldBe(0);
    }

    [Fact]
    public async Task A_missing_collection_aggregates_as_empty()
    {
        var reply = await RunAsync([new("aggregate", "nothing"), new("pipeline", BsonArray.Empty), new("cursor", BsonDocument.Empty)]);

        reply["ok"].ShouldBe(1.0);
        FirstBatch(reply).ShouldBeEmpty();
    }

    [Fact]
    public async Task Unknown_stages_fail_with_the_engine_code()
    {
        var reply = await AggregateAsync("[{\"$frob\": {}}]");

        reply["ok"].ShouldBe(0.0);
        reply["code"].ShouldBe(40324);
    }

    [Fact]
    public async Task The_cursor_option_is_required()
    {
        await FailsAsync([new("aggregate", "movies"), new("pipeline", BsonArray.Empty)], 9, "FailedToParse");
    }

    [Fact]
    public async Task A_pipeline_that_outlives_maxTimeMS_is_stopped()
    {
        await using var server = await EmbeddedMongoServer.StartAsync(new EmbeddedMongoServerOptions { TimeProvider = new SteppingTimeProvider() }, CancellationToken.None);
        await using var client = await WireClient.ConnectAsync(server);
        await client.RunAsync([new("insert", "c"), new("documents", new BsonArray(Enumerable.Range(0, 10).Select(i => new BsonDocument(new BsonElement("_id", i)))))]);

        var reply = await client.RunAsync([new("aggregate", "c"), new("pipeline", BsonArray.Empty), new("cursor", BsonDocument.Empty), new("maxTimeMS", 1)]);

        reply["code"].ShouldBe(50);
    }
}
