using Serverless.Bson;
using Serverless.Core.Interpolation;
using static Serverless.Core.Tests.Interpolation.BsonFixtures;

namespace Serverless.Core.Tests.Interpolation;

/// <summary>§6.3: $fk replacement, the path walk on the parent, depth rules and the Query-level error.</summary>
public sealed class ForeignKeyInterpolatorTests
{
    private static readonly BsonDocument Parent = Doc("""
        {"_id": 1, "author_id": 7, "friends_ids": [2, 3], "posts": {"data": [{"postId": 4}, {"postId": 3}]}, "ref": null}
        """);

    [Theory]
    [InlineData("""{"_id": {"$fk": "author_id"}}""", """{"_id": 7}""")]
    [InlineData("""{"_id": {"$in": {"$fk": "friends_ids"}}}""", """{"_id": {"$in": [2, 3]}}""")]
    [InlineData("""{"_id": {"$in": {"$fk": "posts.data.postId"}}}""", """{"_id": {"$in": [4, 3]}}""")]
    [InlineData("""{"_id": {"$fk": "friends_ids.1"}}""", """{"_id": 3}""")]
    [InlineData("""{"_id": {"$fk": "friends_ids.5"}}""", """{"_id": null}""")]
    [InlineData("""{"_id": {"$fk": "missing"}}""", """{"_id": null}""")]
    [InlineData("""{"_id": {"$fk": "author_id.x"}}""", """{"_id": null}""")]
    [InlineData("""{"_id": {"$fk": "ref"}}""", """{"_id": null}""")]
    [InlineData("""{"_id": {"$fk": "author_id", "ignored": 1}}""", """{"_id": 7}""")]
    [InlineData("""{"$and": [{"movie_id": {"$fk": "_id"}}, {"x": 1}]}""", """{"$and": [{"movie_id": 1}, {"x": 1}]}""")]
    [InlineData("""{"$fk": "posts"}""", """{"data": [{"postId": 4}, {"postId": 3}]}""")]
    [InlineData("""{"a": [1, "s", {"b": {"$fk": "_id"}}]}""", """{"a": [1, "s", {"b": 1}]}""")]
    public void Fk_documents_are_replaced_by_the_parent_value(string template, string expected) =>
        ForeignKeyInterpolator.Interpolate(Value(template), Parent).ShouldBe(Value(expected));

    [Fact]
    public void Arrays_nested_directly_in_arrays_are_not_scanned() =>
        ForeignKeyInterpolator.Interpolate(Value("""{"a": [[{"$fk": "_id"}]]}"""), Parent).ShouldBe(Value("""{"a": [[{"$fk": "_id"}]]}"""));

    [Fact]
    public void A_fk_at_the_query_level_is_a_mapping_error() =>
        Should.Throw<MappingException>(() => ForeignKeyInterpolator.Interpolate(Value("""{"_id": {"$fk": "author_id"}}"""), parent: null))
            .Message.ShouldStartWith("$fk requires a parent document");

    [Fact]
    public void Templates_without_fk_need_no_parent() =>
        ForeignKeyInterpolator.Interpolate(Value("""{"a": {"$gt": 1}}"""), parent: null).ShouldBe(Value("""{"a": {"$gt": 1}}"""));

    [Fact]
    public void A_non_string_fk_is_a_mapping_error() =>
        Should.Throw<MappingException>(() => ForeignKeyInterpolator.Interpolate(Value("""{"_id": {"$fk": 1}}"""), Parent)).Message.ShouldBe("""invalid $fk: {"$fk":1}""");

    [Theory]
    [InlineData("""{"_id": {"$fk": "x"}}""", true)]
    [InlineData("""{"$and": [{"a": {"$fk": "x"}}]}""", true)]
    [InlineData("""{"$fk": "x"}""", true)]
    [InlineData("""{"a": {"$arg": "x"}}""", false)]
    [InlineData("""{"a": [[{"$fk": "x"}]]}""", false)]
    [InlineData("""{"a": "$fk"}""", false)]
    public void Contains_foreign_key_matches_what_interpolation_replaces(string template, bool expected) =>
        ForeignKeyInterpolator.ContainsForeignKey(Value(template)).ShouldBe(expected);
}
