using Serverless.Bson;
using static Serverless.Mongo.Embedded.Tests.Query.Json;

namespace Serverless.Mongo.Embedded.Tests.Commands.Crud;

public sealed class PipelineUpdateTests : ServerTestBase
{
    private async Task<BsonDocument> OnlyAsync(string collection) =>
        FirstBatch(await OkAsync([new("find", collection)]))[0].AsDocument;

    [Fact]
    public async Task A_pipeline_update_runs_its_stages_over_the_document()
    {
        await InsertAsync("c", Doc("{_id: 1, a: 2, b: 3}"));

        var reply = await OkAsync([new("update", "c"), new("updates", new BsonArray(Doc("{q: {_id: 1}, u: [{$set: {sum: {$add: ['$a', '$b']}}}, {$unset: 'b'}]}")))]);

        reply["nModified"].ShouldBe(1);
        (await OnlyAsync("c")).ShouldBe(Doc("{_id: 1, a: 2, sum: 5}"));
    }

    [Fact]
    public async Task Replace_root_in_a_pipeline_keeps_the_stored_id()
    {
        await InsertAsync("c", Doc("{_id: 1, t: {u: 1}}"));

        await OkAsync([new("update", "c"), new("updates", new BsonArray(Doc("{q: {_id: 1}, u: [{$replaceRoot: {newRoot: '$t'}}]}")))]);

        (await OnlyAsync("c")).ShouldBe(Doc("{_id: 1, u: 1}"));
    }

    [Fact]
    public async Task Pipeline_updates_see_the_command_let_variables_and_set_dotted_field_names()
    {
        await InsertAsync("c", Doc("{_id: 1}"));

        var statement = Doc("{q: {_id: 1}, u: [{$replaceWith: {$setField: {field: 'a.b', input: '$$ROOT', value: '$$v'}}}]}");
        await OkAsync([new("update", "c"), new("updates", new BsonArray(statement)), new("let", Doc("{v: 42}"))]);

        (await OnlyAsync("c"))["a.b"].ShouldBe(42);
    }

    [Fact]
    public async Task Stages_that_do_not_reshape_one_document_are_refused()
    {
        await InsertAsync("c", Doc("{_id: 1}"));

        var reply = await OkAsync([new("update", "c"), new("updates", new BsonArray(Doc("{q: {}, u: [{$match: {}}]}")))]);

        reply["writeErrors"].AsArray[0].AsDocument["code"].ShouldBe(72);
    }

    [Fact]
    public async Task Update_sort_picks_which_single_document_changes()
    {
        await InsertAsync("c", Doc("{_id: 1, x: 1}"), Doc("{_id: 2, x: 1}"));

        await OkAsync([new("update", "c"), new("updates", new BsonArray(Doc("{q: {x: 1}, u: {$set: {picked: true}}, sort: {_id: -1}}")))]);

        FirstBatch(await OkAsync([new("find", "c"), new("filter", Doc("{picked: true}"))]))[0].AsDocument["_id"].ShouldBe(2);
    }

    [Fact]
    public async Task Unset_field_removes_a_field_whose_name_has_a_dollar()
    {
        await InsertAsync("c", Doc("{_id: 1}"));
        await OkAsync([new("update", "c"), new("updates", new BsonArray(Doc("{q: {_id: 1}, u: [{$replaceWith: {$setField: {field: {$literal: '$a'}, input: '$$ROOT', value: 1}}}]}")))]);
        (await OnlyAsync("c"))["$a"].ShouldBe(1);

        await OkAsync([new("update", "c"), new("updates", new BsonArray(Doc("{q: {_id: 1}, u: [{$replaceWith: {$unsetField: {field: {$literal: '$a'}, input: '$$ROOT'}}}]}")))]);

        (await OnlyAsync("c")).ShouldBe(Doc("{_id: 1}"));
    }
}
