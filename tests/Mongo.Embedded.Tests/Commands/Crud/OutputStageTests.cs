using Serverless.Bson;
using static Serverless.Mongo.Embedded.Tests.Query.Json;

namespace Serverless.Mongo.Embedded.Tests.Commands.Crud;

public sealed class OutputStageTests : ServerTestBase
{
    private async Task<BsonArray> AllAsync(string collection) =>
        FirstBatch(await OkAsync([new("find", collection), new("sort", Doc("{_id: 1}"))]));

    private Task<BsonDocument> AggregateAsync(string pipeline) =>
        RunAsync([new("aggregate", "source"), new("pipeline", Array(pipeline)), new("cursor", BsonDocument.Empty)]);

    [Fact]
    public async Task Out_replaces_the_target_with_the_results_and_returns_an_empty_cursor()
    {
        await InsertAsync("source", Doc("{_id: 1, x: 1}"), Doc("{_id: 2, x: 2}"));
        await InsertAsync("target", Doc("{_id: 9, old: true}"));

        var reply = await AggregateAsync("[{$match: {x: {$gt: 1}}}, {$out: 'target'}]");

        reply["ok"].ShouldBe(1.0);
        FirstBatch(reply).Count.ShouldBe(0);
        (await AllAsync("target")).ShouldBe(Array("[{_id: 2, x: 2}]"));
    }

    [Fact]
    public async Task Out_that_would_store_a_duplicate_id_leaves_the_target_unchanged()
    {
        await InsertAsync("source", Doc("{_id: 1, x: 1}"), Doc("{_id: 2, x: 1}"));
        await InsertAsync("target", Doc("{_id: 9}"));

        var reply = await AggregateAsync("[{$project: {_id: '$x'}}, {$out: 'target'}]");

        reply["code"].ShouldBe(11000);
        (await AllAsync("target")).ShouldBe(Array("[{_id: 9}]"));
    }

    [Fact]
    public async Task Merge_by_default_merges_matches_and_inserts_the_rest()
    {
        await InsertAsync("source", Doc("{_id: 1, x: 10}"), Doc("{_id: 2, x: 20}"));
        await InsertAsync("target", Doc("{_id: 1, y: 1}"));

        (await AggregateAsync("[{$merge: {into: 'target'}}]"))["ok"].ShouldBe(1.0);

        (await AllAsync("target")).ShouldBe(Array("[{_id: 1, y: 1, x: 10}, {_id: 2, x: 20}]"));
    }

    [Fact]
    public async Task Merge_with_when_matched_fail_reports_a_duplicate_key()
    {
        await InsertAsync("source", Doc("{_id: 1, x: 10}"));
        await InsertAsync("target", Doc("{_id: 1}"));

        var reply = await AggregateAsync("[{$merge: {into: 'target', whenMatched: 'fail'}}]");

        reply["code"].ShouldBe(11000);
        reply["keyValue"].ShouldBe(Doc("{_id: 1}"));
    }

    [Fact]
    public async Task Merge_on_other_fields_replaces_or_discards_as_asked()
    {
        await InsertAsync("source", Doc("{_id: 1, k: 'a', v: 2}"), Doc("{_id: 2, k: 'b', v: 3}"));
        await InsertAsync("target", Doc("{_id: 7, k: 'a', v: 1}"));

        (await AggregateAsync("[{$merge: {into: 'target', on: 'k', whenMatched: 'replace', whenNotMatched: 'discard'}}]"))["ok"].ShouldBe(1.0);

        (await AllAsync("target")).ShouldBe(Array("[{_id: 7, k: 'a', v: 2}]"));
    }

    [Fact]
    public async Task A_write_stage_before_the_end_is_rejected()
    {
        await InsertAsync("source", Doc("{_id: 1}"));

        (await AggregateAsync("[{$out: 'target'}, {$match: {}}]"))["code"].ShouldBe(40601);
    }

    [Fact]
    public async Task A_collection_less_aggregation_starts_from_documents_and_can_merge_them()
    {
        await InsertAsync("target", Doc("{_id: 1, x: 1}"));
        var documents = Array("[{$documents: [{_id: 2, x: 2}, {_id: 3, x: {$add: [1, 2]}}]}]");

        var listed = await OkAsync([new("aggregate", 1), new("pipeline", documents), new("cursor", BsonDocument.Empty)]);
        var merged = await OkAsync([new("aggregate", 1), new("pipeline", new BsonArray([.. documents, Doc("{$merge: 'target'}")])), new("cursor", BsonDocument.Empty)]);

        FirstBatch(listed).ShouldBe(Array("[{_id: 2, x: 2}, {_id: 3, x: 3}]"));
        listed["cursor"].AsDocument["ns"].ShouldBe("test.$cmd.aggregate");
        merged["ok"].ShouldBe(1.0);
        (await AllAsync("target")).Count.ShouldBe(3);
    }

    [Fact]
    public async Task A_collection_less_aggregation_needs_a_stage_that_makes_documents()
    {
        var reply = await RunAsync([new("aggregate", 1), new("pipeline", Array("[{$match: {}}]")), new("cursor", BsonDocument.Empty)]);

        reply["code"].ShouldBe(73);
    }
}
