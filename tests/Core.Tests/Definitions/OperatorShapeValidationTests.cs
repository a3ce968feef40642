using static Serverless.Core.Tests.Definitions.Definitions;

namespace Serverless.Core.Tests.Definitions;

/// <summary>The stricter definition-time checks asked for by the [REC]s of §6.2, §6.3 and §7.2.</summary>
public sealed class OperatorShapeValidationTests
{
    [Theory]
    [InlineData("""{"email": {"$arg": "email"}}""")]
    [InlineData("""{"category": {"$arg": ["category", "backend"]}}""")]
    [InlineData("""{"category": {"$arg": ["category", null]}}""")]
    [InlineData("""{"$and": [{"movie_id": {"$fk": "_id"}}, {"date": {"$gte": {"$arg": "startDate"}}}]}""")]
    [InlineData("""{"_id": {"$in": {"$fk": "friends_ids"}}}""")]
    [InlineData("""{"$arg": 5, "other": 1}""")]
    public void Well_formed_find_expressions_are_accepted(string find) =>
        LoadUsersMapping($$"""{"db": "d", "collection": "c", "find": {{find}}}""").IsValid.ShouldBeTrue();

    [Theory]
    [InlineData("""{"a": {"$arg": 5}}""")]
    [InlineData("""{"a": {"$arg": ["x"]}}""")]
    [InlineData("""{"a": {"$arg": ["x", 1, 2]}}""")]
    [InlineData("""{"a": {"$arg": [1, 2]}}""")]
    [InlineData("""{"a": [{"b": {"$arg": {}}}]}""")]
    public void Malformed_arg_operators_are_rejected(string find) =>
        ErrorOf(LoadUsersMapping($$"""{"db": "d", "collection": "c", "find": {{find}}}""")).ShouldStartWith("The mapping for Query.users has an invalid $arg: ");

    [Fact]
    public void Malformed_arg_operators_in_limit_are_rejected() =>
        ErrorOf(LoadUsersMapping("""{"db": "d", "collection": "c", "limit": {"$arg": 1}}""")).ShouldStartWith("The mapping for Query.users has an invalid $arg: ");

    [Fact]
    public void A_fk_that_is_not_a_string_is_rejected() =>
        ErrorOf(LoadUsersMapping("""{"db": "d", "collection": "c", "find": {"_id": {"$fk": 1}}}""")).ShouldStartWith("The mapping for Query.users has an invalid $fk: ");

    [Theory]
    [InlineData("""["category", {"$addFields": {"flag": true}}]""")]
    [InlineData("""["category", {"$addFields": {"flag": true}}, {"$addFields": {"flag": false}}]""")]
    [InlineData("""[["a", "b"], {"$match": {"a": {"$arg": "a"}}}]""")]
    public void Well_formed_optional_stages_are_accepted(string ifarg) =>
        LoadUsersMapping($$"""{"db": "d", "collection": "c", "stages": [{"$ifarg": {{ifarg}}}]}""").IsValid.ShouldBeTrue();

    [Theory]
    [InlineData("\"category\"")]
    [InlineData("""["category"]""")]
    [InlineData("""["category", {}, {}, {}]""")]
    [InlineData("""[1, {"$match": {}}]""")]
    [InlineData("""[[], {"$match": {}}]""")]
    [InlineData("""[["a", 1], {"$match": {}}]""")]
    [InlineData("""["a", "not a stage"]""")]
    [InlineData("""["a", {"$match": {}}, 5]""")]
    public void Malformed_optional_stages_are_rejected(string ifarg) =>
        ErrorOf(LoadUsersMapping($$"""{"db": "d", "collection": "c", "stages": [{"$ifarg": {{ifarg}}}]}""")).ShouldStartWith("The mapping for Query.users has an invalid $ifarg stage: ");

    [Fact]
    public void Arg_operators_inside_optional_stages_are_checked() =>
        ErrorOf(LoadUsersMapping("""{"db": "d", "collection": "c", "stages": [{"$ifarg": ["a", {"$match": {"a": {"$arg": 3}}}]}]}"""))
            .ShouldStartWith("The mapping for Query.users has an invalid $arg: ");

    [Fact]
    public void Escaped_optional_stages_are_checked_after_unescaping() =>
        ErrorOf(LoadUsersMapping("""{"db": "d", "collection": "c", "stages": [{"_$ifarg": "x"}]}""")).ShouldStartWith("The mapping for Query.users has an invalid $ifarg stage: ");
}
