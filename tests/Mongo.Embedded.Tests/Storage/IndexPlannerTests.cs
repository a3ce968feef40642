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

        plan.ShouldNotBeNull().IndexName.ShouldBe("_id_");
        plan.Keys.ShouldBe([new BsonArray(5)]);
    }

    [Fact]
    public void In_lists_expand_into_one_key_per_combination_and_the_widest_index_wins()
    {
        var plan = IndexPlanner.Choose([new("a", new BsonDocument(new BsonElement("$in", new BsonArray(1, 2)))), new("b", new BsonDocument(new BsonElement("$eq", "x")))], [IndexDescription.IdIndex, A, AB]);

        plan.ShouldNotBeNull().IndexName.ShouldBe("a_1_b_1");
        plan.Keys.ShouldBe([new BsonArray(1, "x"), new BsonArray(2, "x")]);
    }

    [Theory]
    [InlineData("{\"a\": {\"$gt\": 1}}")]
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
    public void Multikey_documents_contribute_each_element_and_missing_fields_null()
    {
        var keys = IndexKeys.Extract(AB, [new("a", new BsonArray(1, 2))]);

        keys.ShouldBe([new BsonArray(1, BsonNull.Value), new BsonArray(2, BsonNull.Value)], ignoreOrder: true);
    }
}
