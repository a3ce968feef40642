using Serverless.Bson;
using Serverless.Mongo.Embedded.Storage;

namespace Serverless.Mongo.Embedded.Tests.Storage;

public sealed class IndexPlannerTests
{
    private static readonly IndexDescription AB = new("a_1_b_1", [new("a", 1), new("b", 1)], Unique: false);
    private static readonly IndexDescription A = new("a_1", [new("a", 1)], Unique: false);

    [Fact]
    public void Equality_on_id_uses_the_id_index()
    {
        var plan = IndexPlanner.Choose([new("_id", 5)], [IndexDescription.IdIndex, A]);

        var probe = plan.ShouldNotBeNull().Probes.ShouldHaveSingleItem();
        probe.IndexName.ShouldBe("_id_");
        probe.Keys.ShouldBe([new BsonArray(5)]);
    }

    [Fact]
    public void In_lists_expand_into_one_key_per_combination_and_the_widest_index_wins()
    {
        var plan = IndexPlanner.Choose([new("a", new BsonDocument(new BsonElement("$in", new BsonArray(1, 2)))), new("b", new BsonDocument(new BsonElement("$eq", "x")))], [IndexDescription.IdIndex, A, AB]);

        var probe = plan.ShouldNotBeNull().Probes.ShouldHaveSingleItem();
        probe.IndexName.ShouldBe("a_1_b_1");
        probe.Keys.ShouldBe([new BsonArray(1, "x"), new BsonArray(2, "x")]);
    }

    [Theory]
    [InlineData("{\"a\": {\"$gt\": {\"$numberDouble\": \"NaN\"}}}")]
    [InlineData("{\"a\": {\"$gte\": null}}")]
    [InlineData("{\"a\": {\"$lt\": [1]}}")]
    [InlineData("{\"a\": {\"$gt\": 1, \"$lt\": \"z\"}}")]
    [InlineData("{\"_id\": {\"$gt\": 1}}")]
    [InlineData("{\"a\": null}")]
    [InlineData("{\"a\": [1, 2]}")]
    [InlineData("{\"a\": {\"$regularExpression\": {\"pattern\": \"x\", \"options\": \"\"}}}")]
    [InlineData("{\"a\": {\"$in\": [1, null]}}")]
    [InlineData("{\"b\": 1}")]
    public void Conditions_that_are_not_key_equality_use_no_index(string filter)
    {
        IndexPlanner.Choose(ExtendedJson.ParseDocument(filter), [IndexDescription.IdIndex, A]).ShouldBeNull();
    }

    [Fact]
    public void An_or_whose_every_branch_is_indexable_unions_the_branches_lookups()
    {
        var plan = IndexPlanner.Choose(ExtendedJson.ParseDocument("{\"$or\": [{\"a\": 1}, {\"_id\": {\"$in\": [2, 3]}}, {\"a\": {\"$eq\": \"x\"}, \"c\": {\"$gt\": 0}}]}"), [IndexDescription.IdIndex, A]);

        var probes = plan.ShouldNotBeNull().Probes;
        probes.Select(p => p.IndexName).ShouldBe(["a_1", "_id_", "a_1"]);
        probes.SelectMany(p => p.Keys).ShouldBe([new BsonArray(1), new BsonArray(2), new BsonArray(3), new BsonArray("x")]);
    }

    [Theory]
    [InlineData("{\"$or\": [{\"a\": 1}, {\"b\": 1}]}")]
    [InlineData("{\"$or\": [{\"a\": 1}, {\"a\": null}]}")]
    [InlineData("{\"$or\": [{\"a\": 1}, {}]}")]
    [InlineData("{\"$and\": [{\"b\": 1}, {\"a\": {\"$gt\": {\"$maxKey\": 1}}}]}")]
    [InlineData("{\"$nor\": [{\"a\": 1}]}")]
    [InlineData("{\"a\": {\"$in\": [1, {\"$regularExpression\": {\"pattern\": \"x\", \"options\": \"\"}}]}}")]
    public void An_or_with_an_unindexable_branch_and_an_and_without_an_indexable_conjunct_use_no_index(string filter)
    {
        IndexPlanner.Choose(ExtendedJson.ParseDocument(filter), [IndexDescription.IdIndex, A]).ShouldBeNull();
    }

    [Fact]
    public void An_and_uses_its_cheapest_indexable_conjunct()
    {
        var plan = IndexPlanner.Choose(ExtendedJson.ParseDocument("{\"b\": 1, \"$and\": [{\"b\": {\"$gt\": 1}}, {\"a\": {\"$in\": [1, 2, 3]}}, {\"_id\": 7}]}"), [IndexDescription.IdIndex, A]);

        var probe = plan.ShouldNotBeNull().Probes.ShouldHaveSingleItem();
        probe.IndexName.ShouldBe("_id_");
        probe.Keys.ShouldBe([new BsonArray(7)]);
    }

    [Fact]
    public void An_equality_beside_other_operators_on_the_field_still_bounds_it()
    {
        var plan = IndexPlanner.Choose(ExtendedJson.ParseDocument("{\"a\": {\"$ne\": 2, \"$in\": [1, 2]}}"), [IndexDescription.IdIndex, A]);

        plan.ShouldNotBeNull().Probes.ShouldHaveSingleItem().Keys.ShouldBe([new BsonArray(1), new BsonArray(2)]);
    }

    [Fact]
    public void Multikey_documents_contribute_each_element_and_missing_fields_null()
    {
        var keys = IndexKeys.Extract(AB, [new("a", new BsonArray(1, 2))]);

        keys.ShouldBe([new BsonArray(1, BsonNull.Value), new BsonArray(2, BsonNull.Value)], ignoreOrder: true);
    }

    [Fact]
    public void A_two_sided_range_on_the_first_index_field_walks_that_index()
    {
        var plan = IndexPlanner.Choose(ExtendedJson.ParseDocument("{\"a\": {\"$gte\": 3.8, \"$lt\": 4.5}}"), [IndexDescription.IdIndex, AB]);

        var probe = plan.ShouldNotBeNull().Probes.ShouldHaveSingleItem();
        probe.IndexName.ShouldBe("a_1_b_1");
        probe.Keys.ShouldBeEmpty();
        probe.FirstFieldRange.ShouldBe(new KeyRange(3.8, true, 4.5, false));
    }

    [Fact]
    public void An_equality_on_an_index_beats_a_range_on_another()
    {
        var plan = IndexPlanner.Choose(ExtendedJson.ParseDocument("{\"b\": {\"$gt\": 1}, \"a\": {\"$in\": [1, 2]}}"), [IndexDescription.IdIndex, A, new IndexDescription("b_1", [new("b", 1)], Unique: false)]);

        var probe = plan.ShouldNotBeNull().Probes.ShouldHaveSingleItem();
        probe.IndexName.ShouldBe("a_1");
        probe.FirstFieldRange.ShouldBeNull();
    }
}
