using Serverless.Bson;
using Serverless.Core.Interpolation;
using static Serverless.Core.Tests.Interpolation.BsonFixtures;

namespace Serverless.Core.Tests.Interpolation;

/// <summary>§6.1 steps 3–4, every example of §6.4, and the §6.5 limit/skip rules with the [REC] taken.</summary>
public sealed class QueryInterpolatorTests
{
    private const int DefaultLimit = 100;
    private const int MaxLimit = 1000;

    private static readonly BsonDocument Arguments = Doc("""
        {"email": "a@b.c", "startDate": {"$date": "2020-01-01T00:00:00Z"}, "endDate": {"$date": "2021-01-01T00:00:00Z"},
         "sort": 1, "options": {"limit": 7}, "rootDoc": {"properties": {"group": "coolest"}}}
        """);

    private static readonly BsonDocument Parent = Doc("""{"_id": 11, "author_id": 5, "friends_ids": [1, 2]}""");

    [Theory]
    [InlineData("""{"_id": {"$in": {"$fk": "friends_ids"}}}""", """{"_id": {"$in": [1, 2]}}""")]
    [InlineData("""{"_id": {"$fk": "author_id"}}""", """{"_id": 5}""")]
    [InlineData("""{"email": {"$arg": "email"}}""", """{"email": "a@b.c"}""")]
    [InlineData("""{"category": {"$arg": ["category", "backend"]}}""", """{"category": "backend"}""")]
    [InlineData("""{"_id": {"$arg": "rootDoc.properties.group"}}""", """{"_id": "coolest"}""")]
    [InlineData(
        """{"$and": [{"movie_id": {"$fk": "_id"}}, {"date": {"$gte": {"$arg": "startDate"}, "$lt": {"$arg": "endDate"}}}]}""",
        """{"$and": [{"movie_id": 11}, {"date": {"$gte": {"$date": "2020-01-01T00:00:00Z"}, "$lt": {"$date": "2021-01-01T00:00:00Z"}}}]}""")]
    public void The_find_examples_of_section_6_4_interpolate(string find, string expected) =>
        QueryInterpolator.Interpolate(Query(find: find), Arguments, Parent, DefaultLimit, MaxLimit).Find.ShouldBe(Doc(expected));

    [Fact]
    public void The_sort_example_of_section_6_4_interpolates() =>
        QueryInterpolator.Interpolate(Query(sort: """{"_id": {"$arg": "sort"}}"""), Arguments, Parent, DefaultLimit, MaxLimit).Sort.ShouldBe(Doc("""{"_id": 1}"""));

    [Fact]
    public void The_limit_example_of_section_6_4_reads_an_input_object_field() =>
        QueryInterpolator.Interpolate(Query(limit: """{"$arg": "options.limit"}"""), Arguments, Parent, DefaultLimit, MaxLimit).Limit.ShouldBe(7);

    [Fact]
    public void The_plain_limit_and_skip_example_of_section_6_4_passes_through() =>
        QueryInterpolator.Interpolate(Query(limit: "10", skip: "0"), Arguments, Parent, DefaultLimit, MaxLimit)
            .ShouldBe(new InterpolatedQuery(BsonDocument.Empty, null, 0, 10));

    [Fact]
    public void No_find_is_the_empty_filter_and_no_sort_is_null()
    {
        var query = QueryInterpolator.Interpolate(Query(), Arguments, parent: null, DefaultLimit, MaxLimit);

        query.Find.ShouldBe(BsonDocument.Empty);
        query.Sort.ShouldBeNull();
        query.Skip.ShouldBe(0);
    }

    [Theory]
    [InlineData("0", 100)]
    [InlineData("""{"$arg": "n"}""", 100)]
    [InlineData("1", 1)]
    [InlineData("1000", 1000)]
    [InlineData("""{"$arg": ["missing", 0]}""", 100)]
    [InlineData("""{"$arg": ["missing", 25]}""", 25)]
    public void Limit_zero_or_absent_means_the_default_limit(string limit, int expected) =>
        QueryInterpolator.Interpolate(Query(limit: limit), Doc("""{"n": 0}"""), null, DefaultLimit, MaxLimit).Limit.ShouldBe(expected);

    [Theory]
    [InlineData("""{"n": 1001}""", "Query variable cannot be greater than 1000")]
    [InlineData("""{"n": -1}""", "Query variable limit cannot be negative")]
    [InlineData("""{"n": null}""", "Query variable limit must be an Int32 but it is null")]
    [InlineData("""{"n": {"$numberLong": "5"}}""", "Query variable limit must be an Int32 but it is 5")]
    [InlineData("""{"n": 2.5}""", "Query variable limit must be an Int32 but it is 2.5")]
    [InlineData("""{}""", "variable n not bound")]
    public void Bad_argument_limits_are_field_errors(string arguments, string message) =>
        Should.Throw<MappingException>(() => QueryInterpolator.Interpolate(Query(limit: """{"$arg": "n"}"""), Doc(arguments), null, DefaultLimit, MaxLimit))
            .Message.ShouldBe(message);

    [Fact]
    public void The_max_limit_in_the_message_is_the_configured_one() =>
        Should.Throw<MappingException>(() => QueryInterpolator.Interpolate(Query(limit: "50"), Arguments, null, 10, 20))
            .Message.ShouldBe("Query variable cannot be greater than 20");

    [Theory]
    [InlineData("""{"n": 3}""", 3)]
    [InlineData("""{"n": 0}""", 0)]
    public void Argument_skips_resolve_to_int32(string arguments, int expected) =>
        QueryInterpolator.Interpolate(Query(skip: """{"$arg": "n"}"""), Doc(arguments), null, DefaultLimit, MaxLimit).Skip.ShouldBe(expected);

    [Theory]
    [InlineData("""{"n": -3}""", "Query variable skip cannot be negative")]
    [InlineData("""{"n": {"$numberLong": "3"}}""", "Query variable skip must be an Int32 but it is 3")]
    [InlineData("""{"n": null}""", "Query variable skip must be an Int32 but it is null")]
    public void Bad_argument_skips_are_field_errors(string arguments, string message) =>
        Should.Throw<MappingException>(() => QueryInterpolator.Interpolate(Query(skip: """{"$arg": "n"}"""), Doc(arguments), null, DefaultLimit, MaxLimit))
            .Message.ShouldBe(message);

    [Theory]
    [InlineData("""{"$arg": "f"}""", """{"f": "text"}""", "Query variable find must be a document but it is \"text\"")]
    [InlineData("""{"$fk": "author_id"}""", "{}", "Query variable find must be a document but it is 5")]
    public void A_find_that_does_not_resolve_to_a_document_is_a_field_error(string find, string arguments, string message) =>
        Should.Throw<MappingException>(() => QueryInterpolator.Interpolate(Query(find: find), Doc(arguments), Parent, DefaultLimit, MaxLimit)).Message.ShouldBe(message);

    [Fact]
    public void A_whole_find_argument_of_document_type_is_the_filter() =>
        QueryInterpolator.Interpolate(Query(find: """{"$arg": "f"}"""), Doc("""{"f": {"a": 1}}"""), null, DefaultLimit, MaxLimit).Find.ShouldBe(Doc("""{"a": 1}"""));

    [Fact]
    public void Fk_at_the_query_level_is_a_field_error() =>
        Should.Throw<MappingException>(() => QueryInterpolator.Interpolate(Query(find: """{"_id": {"$fk": "author_id"}}"""), Arguments, null, DefaultLimit, MaxLimit))
            .Message.ShouldStartWith("$fk requires a parent document");

    [Fact]
    public void Arg_runs_before_fk_so_an_argument_can_carry_an_fk_operator() =>
        QueryInterpolator.Interpolate(Query(find: """{"_id": {"$arg": "k"}}"""), Doc("""{"k": {"$fk": "author_id"}}"""), Parent, DefaultLimit, MaxLimit)
            .Find.ShouldBe(Doc("""{"_id": 5}"""));

    [Fact]
    public void Query_mappings_see_the_user_too()
    {
        var arguments = ArgumentDocument.Build(new Dictionary<string, object?>(), rootDoc: null, user: Doc("""{"_id": "alice", "tenant": "t1"}"""));

        QueryInterpolator.Interpolate(Query(find: """{"owner": {"$arg": "@user._id"}, "tenant": {"$arg": "@user.tenant"}}"""), arguments, null, DefaultLimit, MaxLimit)
            .Find.ShouldBe(Doc("""{"owner": "alice", "tenant": "t1"}"""));
    }

    [Fact]
    public void An_anonymous_caller_leaves_user_properties_unbound() =>
        Should.Throw<MappingException>(() => QueryInterpolator.Interpolate(
                Query(find: """{"owner": {"$arg": "@user._id"}}"""), ArgumentDocument.Build(new Dictionary<string, object?>(), null, null), null, DefaultLimit, MaxLimit))
            .Message.ShouldBe("variable @user._id not bound");

    [Fact]
    public void An_empty_sort_is_no_sort() =>
        QueryInterpolator.Interpolate(Query(sort: "{}"), Arguments, null, DefaultLimit, MaxLimit).Sort.ShouldBeNull();

    [Fact]
    public void Keys_hold_find_sort_nonzero_skip_and_limit()
    {
        new InterpolatedQuery(Doc("""{"a": 1}"""), Doc("""{"b": -1}"""), 5, 10).ToKey().ShouldBe(Doc("""{"find": {"a": 1}, "sort": {"b": -1}, "skip": 5, "limit": 10}"""));
        new InterpolatedQuery(Doc("""{"a": 1}"""), null, 0, 10).ToKey().ShouldBe(Doc("""{"find": {"a": 1}, "limit": 10}"""));
    }

    [Fact]
    public void Equal_invocations_give_equal_keys_and_different_ones_do_not()
    {
        var mapping = Query(find: """{"_id": {"$fk": "author_id"}}""");
        var first = QueryInterpolator.Interpolate(mapping, Arguments, Doc("""{"author_id": 1}"""), DefaultLimit, MaxLimit).ToKey();

        first.ShouldBe(QueryInterpolator.Interpolate(mapping, Arguments, Doc("""{"author_id": 1, "x": 2}"""), DefaultLimit, MaxLimit).ToKey());
        first.ShouldNotBe(QueryInterpolator.Interpolate(mapping, Arguments, Doc("""{"author_id": 2}"""), DefaultLimit, MaxLimit).ToKey());
    }
}
