using Serverless.Bson;
using static Serverless.Mongo.Embedded.Tests.Query.Json;

namespace Serverless.Mongo.Embedded.Tests.Client;

public sealed class CollectionWriteTests : ClientTestBase
{
    [Fact]
    public async Task Ordered_bulk_write_stops_at_the_first_error_and_reports_what_happened()
    {
        WriteModel[] writes =
        [
            new InsertOneModel(Doc("{_id: 1}")),
            new InsertOneModel(Doc("{_id: 1}")),
            new InsertOneModel(Doc("{_id: 2}")),
        ];

        var error = await Should.ThrowAsync<MongoBulkWriteException>(() => People.BulkWriteAsync(writes));

        error.WriteErrors.Single().Index.ShouldBe(1);
        error.WriteErrors[0].Code.ShouldBe(11000);
        error.WriteErrors[0].Details["keyValue"].ShouldBe(Doc("{_id: 1}"));
        error.PartialResult.InsertedCount.ShouldBe(1);
        error.PartialResult.InsertedIds.Keys.ShouldBe([0]);
        (await AllAsync()).ShouldBe([Doc("{_id: 1}")]);
    }

    [Fact]
    public async Task Unordered_bulk_write_attempts_every_write_and_maps_errors_to_model_indexes()
    {
        await People.InsertOneAsync(Doc("{_id: 1, n: 0}"));
        WriteModel[] writes =
        [
            new DeleteOneModel(Doc("{_id: 99}")),
            new InsertOneModel(Doc("{_id: 1}")),
            new UpdateOneModel(Doc("{_id: 1}"), Doc("{$inc: {n: 1}}")),
            new InsertOneModel(Doc("{_id: 2}")),
            new ReplaceOneModel(Doc("{_id: 3}"), Doc("{r: true}")) { Upsert = true },
        ];

        var error = await Should.ThrowAsync<MongoBulkWriteException>(() => People.BulkWriteAsync(writes, new BulkWriteOptions { Ordered = false }));

        error.WriteErrors.Select(e => e.Index).ShouldBe([1]);
        var result = error.PartialResult;
        (result.InsertedCount, result.MatchedCount, result.ModifiedCount, result.DeletedCount, result.UpsertedCount).ShouldBe((1L, 1L, 1L, 0L, 1L));
        result.UpsertedIds[4].ShouldBe(3);
        (await AllAsync()).ShouldBe([Doc("{_id: 1, n: 1}"), Doc("{_id: 2}"), Doc("{_id: 3, r: true}")]);
    }

    [Fact]
    public async Task Writes_larger_than_the_server_size_limit_are_split_into_several_commands()
    {
        // 20 documents of 1 MiB exceed the 16 MiB a single command may carry, so at least two inserts go out.
        var payload = new string('x', 1024 * 1024);
        var documents = Enumerable.Range(0, 20).Select(i => new BsonDocument([new("_id", i), new("payload", payload)]));

        var result = await People.InsertManyAsync(documents);

        result.InsertedIds.Count.ShouldBe(20);
        var inserts = Commands.Started.Where(c => c.CommandName == "insert").ToList();
        inserts.Count.ShouldBeGreaterThan(1);
        inserts.Sum(c => c.Command["documents"].AsArray.Count).ShouldBe(20);
        (await People.CountDocumentsAsync(BsonDocument.Empty)).ShouldBe(20);
    }

    [Fact]
    public async Task Update_documents_must_start_with_an_operator_and_nothing_is_sent_otherwise()
    {
        await Should.ThrowAsync<ArgumentException>(() => People.UpdateOneAsync(BsonDocument.Empty, Doc("{x: 1}")));
        await Should.ThrowAsync<ArgumentException>(() => People.UpdateManyAsync(BsonDocument.Empty, BsonDocument.Empty));
        await Should.ThrowAsync<ArgumentException>(() => People.FindOneAndUpdateAsync(BsonDocument.Empty, Doc("{x: 1}")));
        await Should.ThrowAsync<ArgumentException>(() => People.ReplaceOneAsync(BsonDocument.Empty, Doc("{$set: {x: 1}}")));
        await Should.ThrowAsync<ArgumentException>(() => People.BulkWriteAsync([new InsertOneModel(Doc("{_id: 1}")), new UpdateManyModel(BsonDocument.Empty, Doc("{x: 1}"))]));

        Commands.Started.ShouldBeEmpty();
    }

    [Fact]
    public async Task Update_pipelines_upserts_and_array_filters_reach_the_server()
    {
        await People.InsertOneAsync(Doc("{_id: 1, a: 1, xs: [1, 5, 9]}"));

        var pipeline = await People.UpdateOneAsync(Doc("{_id: 1}"), Array("[{$set: {b: {$add: ['$a', 1]}}}]"));
        var filtered = await People.UpdateManyAsync(Doc("{}"), Doc("{$set: {'xs.$[big]': 0}}"), new UpdateOptions { ArrayFilters = [Doc("{big: {$gt: 4}}")] });
        var upsert = await People.UpdateOneAsync(Doc("{_id: 2}"), Doc("{$set: {c: 1}}"), new UpdateOptions { Upsert = true });

        pipeline.ShouldBe(new UpdateResult(true, 1, 1, 0, null));
        filtered.ModifiedCount.ShouldBe(1);
        upsert.ShouldBe(new UpdateResult(true, 0, 0, 1, 2));
        (await AllAsync()).ShouldBe([Doc("{_id: 1, a: 1, xs: [1, 0, 0], b: 2}"), Doc("{_id: 2, c: 1}")]);
    }

    [Fact]
    public async Task Duplicate_key_is_a_write_exception_carrying_the_key()
    {
        await People.InsertOneAsync(Doc("{_id: 1}"));

        var error = await Should.ThrowAsync<MongoWriteException>(() => People.InsertOneAsync(Doc("{_id: 1}")));

        error.Code.ShouldBe(11000);
        error.WriteError.ShouldNotBeNull().Details["keyValue"].ShouldBe(Doc("{_id: 1}"));
    }

    [Fact]
    public async Task Unacknowledged_writes_send_w_0_and_report_no_counts()
    {
        var unacknowledged = People.WithWriteConcern(WriteConcern.Unacknowledged);

        var result = await unacknowledged.DeleteManyAsync(BsonDocument.Empty);

        result.IsAcknowledged.ShouldBeFalse();
        Commands.Started.Single().Command["writeConcern"].ShouldBe(Doc("{w: 0}"));
    }

    [Fact]
    public async Task Find_one_and_modify_return_the_document_before_or_after()
    {
        await People.InsertManyAsync([Doc("{_id: 1, n: 1}"), Doc("{_id: 2, n: 2}")]);

        var before = await People.FindOneAndUpdateAsync(Doc("{}"), Doc("{$inc: {n: 10}}"), new FindOneAndUpdateOptions { Sort = Doc("{_id: -1}") });
        var after = await People.FindOneAndReplaceAsync(Doc("{_id: 1}"), Doc("{m: 1}"), new FindOneAndReplaceOptions { ReturnDocument = ReturnDocument.After, Projection = Doc("{_id: 0}") });
        var deleted = await People.FindOneAndDeleteAsync(Doc("{n: 12}"));
        var missing = await People.FindOneAndDeleteAsync(Doc("{n: 99}"));
        var upserted = await People.FindOneAndUpdateAsync(Doc("{_id: 3}"), Doc("{$set: {u: 1}}"), new FindOneAndUpdateOptions { Upsert = true, ReturnDocument = ReturnDocument.After });

        before.ShouldBe(Doc("{_id: 2, n: 2}"));
        after.ShouldBe(Doc("{m: 1}"));
        deleted.ShouldBe(Doc("{_id: 2, n: 12}"));
        missing.ShouldBeNull();
        upserted.ShouldBe(Doc("{_id: 3, u: 1}"));
    }

    [Fact]
    public async Task Observer_sees_each_command_start_and_how_it_ended()
    {
        await People.InsertOneAsync(Doc("{_id: 1}"));
        await Should.ThrowAsync<MongoCommandException>(() => Database.RunCommandAsync(Doc("{frobnicate: 1}")));

        Commands.Started.Select(e => e.CommandName).ShouldBe(["insert", "frobnicate"]);
        Commands.Started[0].DatabaseName.ShouldBe(Database.Name);
        Commands.Succeeded.Single().Reply["n"].ShouldBe(1);
        Commands.Failed.Single().CommandName.ShouldBe("frobnicate");
    }
}
