using Serverless.Mongo.Embedded.Query;

namespace Serverless.Mongo.Embedded.Tests.Query.Filter;

public sealed class QueryFilterParseTests
{
    [Theory]
    [InlineData("{$foo: 1}", 2, "unknown top level operator: $foo")]
    [InlineData("{a: {$foo: 1}}", 2, "unknown operator: $foo")]
    [InlineData("{$and: []}", 2, "$and argument must be a non-empty array")]
    [InlineData("{$or: 1}", 2, "$or argument must be a non-empty array")]
    [InlineData("{$nor: [1]}", 2, "$nor argument's entries must be objects")]
    [InlineData("{a: {$in: 1}}", 2, "$in needs an array")]
    [InlineData("{a: {$nin: {}}}", 2, "$nin needs an array")]
    [InlineData("{a: {$in: [{$gt: 1}]}}", 2, "cannot nest $ under $in")]
    [InlineData("{a: {$all: 1}}", 2, "$all needs an array")]
    [InlineData("{a: {$size: 'x'}}", 2, "$size needs a number")]
    [InlineData("{a: {$size: -1}}", 2, "$size may not be negative")]
    [InlineData("{a: {$size: 1.5}}", 2, "$size must be a whole number")]
    [InlineData("{a: {$mod: 1}}", 2, "malformed mod, needs to be an array")]
    [InlineData("{a: {$mod: [1]}}", 2, "malformed mod, not enough elements")]
    [InlineData("{a: {$mod: [1, 2, 3]}}", 2, "malformed mod, too many elements")]
    [InlineData("{a: {$mod: [0, 1]}}", 2, "divisor cannot be 0")]
    [InlineData("{a: {$type: 'foo'}}", 2, "Unknown type name alias: foo")]
    [InlineData("{a: {$type: 100}}", 2, "Invalid numerical type code")]
    [InlineData("{a: {$type: []}}", 9, "$type must match at least one type")]
    [InlineData("{a: {$type: true}}", 14, "type must be represented as a number or a string")]
    [InlineData("{a: {$regex: 1}}", 2, "$regex has to be a string")]
    [InlineData("{a: {$options: 'i'}}", 2, "$options needs a $regex")]
    [InlineData("{a: {$regex: 'x', $options: 'z'}}", 51108, "invalid flag in regex options: z")]
    [InlineData("{a: {$regex: '('}}", 51091, "Regular expression is invalid")]
    [InlineData("{a: {$regex: /x/i, $options: 'm'}}", 2, "options set in both $regex and $options")]
    [InlineData("{a: {$not: 1}}", 2, "$not needs a regex or a document")]
    [InlineData("{a: {$not: {}}}", 2, "$not cannot be empty")]
    [InlineData("{a: {$elemMatch: 1}}", 2, "$elemMatch needs an Object")]
    [InlineData("{a: {$bitsAllSet: 'x'}}", 2, "$bitsAllSet takes an Array, a number, or a BinData")]
    [InlineData("{a: {$bitsAnySet: [-1]}}", 2, "bit positions must be non-negative integers")]
    [InlineData("{$where: 'true'}", 238, "$where is not supported")]
    [InlineData("{'a..b': 1}", 2, "is not a valid field path")]
    public void Parse_rejects_malformed_filters_with_server_codes(string filter, int code, string message)
    {
        var error = Should.Throw<QueryException>(() => QueryFilter.Parse(Json.Doc(filter)));
        error.Code.ShouldBe(code);
        error.Message.ShouldContain(message);
    }

    [Fact]
    public void Parse_accepts_dbref_values_as_equality()
    {
        var filter = QueryFilter.Parse(Json.Doc("{a: {$ref: 'c', $id: 1}}"));
        filter.Matches(Json.Doc("{a: {$ref: 'c', $id: 1}}")).ShouldBeTrue();
        filter.Matches(Json.Doc("{a: {$ref: 'c', $id: 2}}")).ShouldBeFalse();
    }

    [Fact]
    public void Error_carries_code_name()
    {
        var error = Should.Throw<QueryException>(() => QueryFilter.Parse(Json.Doc("{a: {$in: 5}}")));
        error.CodeName.ShouldBe("BadValue");
    }

    [Fact]
    public void Empty_filter_matches_everything()
    {
        QueryFilter.Empty.Matches(Json.Doc("{a: 1}")).ShouldBeTrue();
        QueryFilter.Parse(Json.Doc("{}")).Matches(Json.Doc("{}")).ShouldBeTrue();
    }
}
