using Serverless.Bson;
using static Serverless.Mongo.Embedded.Tests.Query.Json;

namespace Serverless.Mongo.Embedded.Tests.Commands.Crud;

public sealed class CollationCommandTests : ServerTestBase
{
    private static readonly BsonDocument CaseInsensitive = Doc("{locale: 'en_US', strength: 2}");

    [Fact]
    public async Task Find_with_strength_2_matches_strings_that_differ_only_in_case()
    {
        await InsertAsync("c", Doc("{_id: 1, x: 'ping'}"), Doc("{_id: 2, x: 'pong'}"));

        var reply = await OkAsync([new("find", "c"), new("filter", Doc("{x: 'PING'}")), new("collation", CaseInsensitive)]);

        FirstBatch(reply).Select(d => d.AsDocument["_id"].AsInt32).ShouldBe([1]);
    }

    [Fact]
    public async Task Find_without_collation_compares_binary()
    {
        await InsertAsync("c", Doc("{_id: 1, x: 'ping'}"));

        FirstBatch(await OkAsync([new("find", "c"), new("filter", Doc("{x: 'PING'}"))])).Count.ShouldBe(0);
    }

    [Fact]
    public async Task Strength_1_also_ignores_accents_but_strength_2_does_not()
    {
        await InsertAsync("c", Doc("{_id: 1, x: 'café'}"));
        var primary = Doc("{locale: 'fr', strength: 1}");

        FirstBatch(await OkAsync([new("find", "c"), new("filter", Doc("{x: 'CAFE'}")), new("collation", primary)])).Count.ShouldBe(1);
        FirstBatch(await OkAsync([new("find", "c"), new("filter", Doc("{x: 'CAFE'}")), new("collation", CaseInsensitive)])).Count.ShouldBe(0);
    }

    [Fact]
    public async Task Sort_follows_the_collation_instead_of_byte_order()
    {
        await InsertAsync("c", Doc("{_id: 1, x: 'b'}"), Doc("{_id: 2, x: 'B'}"), Doc("{_id: 3, x: 'a'}"));

        var binary = FirstBatch(await OkAsync([new("find", "c"), new("sort", Doc("{x: 1, _id: 1}"))]));
        var collated = FirstBatch(await OkAsync([new("find", "c"), new("sort", Doc("{x: 1, _id: 1}")), new("collation", CaseInsensitive)]));

        binary.Select(d => d.AsDocument["_id"].AsInt32).ShouldBe([2, 3, 1]);
        collated.Select(d => d.AsDocument["_id"].AsInt32).ShouldBe([3, 1, 2]);
    }

    [Fact]
    public async Task Distinct_folds_values_equal_under_the_collation_into_the_first_seen()
    {
        await InsertAsync("c", Doc("{_id: 1, s: 'PING'}"), Doc("{_id: 2, s: 'ping'}"));

        var reply = await OkAsync([new("distinct", "c"), new("key", "s"), new("collation", CaseInsensitive)]);

        reply["values"].ShouldBe(new BsonArray("PING"));
    }

    [Fact]
    public async Task Update_and_delete_statements_take_their_own_collation()
    {
        await InsertAsync("c", Doc("{_id: 1, x: 'ping'}"), Doc("{_id: 2, x: 'PING'}"));

        var update = await OkAsync([new("update", "c"), new("updates", new BsonArray(Doc("{q: {x: 'Ping'}, u: {$set: {y: 1}}, multi: true, collation: {locale: 'en', strength: 2}}")))]);
        var delete = await OkAsync([new("delete", "c"), new("deletes", new BsonArray(Doc("{q: {x: 'pInG'}, limit: 0, collation: {locale: 'en', strength: 2}}")))]);

        update["nModified"].ShouldBe(2);
        delete["n"].ShouldBe(2);
    }

    [Fact]
    public async Task Aggregate_match_uses_the_command_collation()
    {
        await InsertAsync("c", Doc("{_id: 1, x: 'ping'}"));

        var reply = await OkAsync([new("aggregate", "c"), new("pipeline", Array("[{$match: {x: 'PING'}}]")), new("cursor", BsonDocument.Empty), new("collation", CaseInsensitive)]);

        FirstBatch(reply).Count.ShouldBe(1);
    }

    [Fact]
    public async Task An_unknown_locale_is_rejected()
    {
        await InsertAsync("c", Doc("{_id: 1}"));

        await FailsAsync([new("find", "c"), new("collation", Doc("{locale: 'xx_NOWHERE'}"))], 2, "BadValue");
    }
}
