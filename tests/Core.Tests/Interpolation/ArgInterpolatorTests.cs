using Serverless.Bson;
using Serverless.Core.Interpolation;
using static Serverless.Core.Tests.Interpolation.BsonFixtures;

namespace Serverless.Core.Tests.Interpolation;

/// <summary>§6.2: $arg forms, defaults, depth, the "more keys = literal" rule and the not-bound error.</summary>
public sealed class ArgInterpolatorTests
{
    private static readonly BsonDocument Arguments = Doc("""
        {"email": "a@b.c", "category": "frontend", "nothing": null, "options": {"limit": 5}, "ids": [1, 2],
         "filter": {"age": {"$gt": 3}}, "rootDoc": {"properties": {"group": 9}}}
        """);

    [Theory]
    [InlineData("""{"email": {"$arg": "email"}}""", """{"email": "a@b.c"}""")]
    [InlineData("""{"category": {"$arg": ["category", "backend"]}}""", """{"category": "frontend"}""")]
    [InlineData("""{"category": {"$arg": ["missing", "backend"]}}""", """{"category": "backend"}""")]
    [InlineData("""{"category": {"$arg": ["missing", null]}}""", """{"category": null}""")]
    [InlineData("""{"category": {"$arg": ["missing", {"$exists": true}]}}""", """{"category": {"$exists": true}}""")]
    [InlineData("""{"category": {"$arg": ["nothing", "backend"]}}""", """{"category": null}""")]
    [InlineData("""{"x": {"$arg": "nothing"}}""", """{"x": null}""")]
    [InlineData("""{"_id": {"$arg": "rootDoc.properties.group"}}""", """{"_id": 9}""")]
    [InlineData("""{"limit": {"$arg": "options.limit"}}""", """{"limit": 5}""")]
    [InlineData("""{"first": {"$arg": "ids[1]"}}""", """{"first": 2}""")]
    [InlineData("""{"$and": [{"a": {"$arg": "email"}}, [{"b": {"$arg": "category"}}, {"$arg": "email"}]]}""", """{"$and": [{"a": "a@b.c"}, [{"b": "frontend"}, "a@b.c"]]}""")]
    [InlineData("""{"$arg": "filter"}""", """{"age": {"$gt": 3}}""")]
    [InlineData("""{"$arg": "email", "other": {"$arg": "category"}}""", """{"$arg": "email", "other": "frontend"}""")]
    [InlineData("""{"n": 1, "s": "$arg", "d": {"$date": "2020-01-01T00:00:00Z"}}""", """{"n": 1, "s": "$arg", "d": {"$date": "2020-01-01T00:00:00Z"}}""")]
    public void Arg_operators_are_replaced_at_any_depth(string template, string expected) =>
        ArgInterpolator.Interpolate(Value(template), Arguments).ShouldBe(Value(expected));

    [Fact]
    public void Argument_values_are_inserted_verbatim_including_documents() =>
        ArgInterpolator.Interpolate(Value("""{"f": {"$arg": "filter"}}"""), Arguments).ShouldBe(Value("""{"f": {"age": {"$gt": 3}}}"""));

    [Theory]
    [InlineData("""{"email": {"$arg": "missing"}}""", "variable missing not bound")]
    [InlineData("""{"a": [{"b": {"$arg": "ids.0"}}]}""", "variable ids.0 not bound")]
    [InlineData("""{"x": {"$arg": "rootDoc._id"}}""", "variable rootDoc._id not bound")]
    [InlineData("""{"x": {"$arg": 5}}""", """invalid $arg: {"$arg":5}""")]
    public void Unbound_or_malformed_arguments_are_mapping_errors(string template, string message) =>
        Should.Throw<MappingException>(() => ArgInterpolator.Interpolate(Value(template), Arguments)).Message.ShouldBe(message);

    [Fact]
    public void Root_doc_is_not_bound_at_the_query_level() =>
        Should.Throw<MappingException>(() => ArgInterpolator.Interpolate(Value("""{"_id": {"$arg": "rootDoc._id"}}"""), Doc("{}")))
            .Message.ShouldBe("variable rootDoc._id not bound");

    [Fact]
    public void Templates_without_operators_come_back_equal() =>
        ArgInterpolator.Interpolate(Value("""[1, "a", {"b": [null, {"c": true}]}]"""), Arguments).ShouldBe(Value("""[1, "a", {"b": [null, {"c": true}]}]"""));
}
