using Serverless.Mongo.Embedded.Query;

namespace Serverless.Mongo.Embedded.Tests.Query.Expressions;

public sealed class ExprTests
{
    [Theory]
    [InlineData("{$expr: {$gt: ['$spent', '$budget']}}", "{spent: 450, budget: 400}", true)]
    [InlineData("{$expr: {$gt: ['$spent', '$budget']}}", "{spent: 350, budget: 400}", false)]
    [InlineData("{$expr: {$eq: ['$a', '$b']}}", "{a: 1, b: 1.0}", true)]
    [InlineData("{$expr: {$eq: ['$a', null]}}", "{}", false)]
    [InlineData("{$expr: {$eq: ['$a', '$b']}}", "{}", true)]
    [InlineData("{$expr: {$lt: ['$a', null]}}", "{}", true)]
    [InlineData("{$expr: {$gt: ['$a', 1]}}", "{a: 'x'}", true)]
    [InlineData("{$expr: {$ne: ['$a', 1]}}", "{a: 2}", true)]
    [InlineData("{$expr: {$gte: [{$add: ['$a', '$b', 1]}, 10]}}", "{a: 4, b: 5}", true)]
    [InlineData("{$expr: {$eq: [{$subtract: ['$a', '$b']}, -1]}}", "{a: 4, b: 5}", true)]
    [InlineData("{$expr: {$eq: [{$multiply: ['$a', 2.5]}, 10]}}", "{a: 4}", true)]
    [InlineData("{$expr: {$eq: [{$type: {$add: ['$a', 1]}}, 'long']}}", "{a: 2147483647}", true)]
    [InlineData("{$expr: {$eq: [{$divide: ['$a', 2]}, 2.5]}}", "{a: 5}", true)]
    [InlineData("{$expr: {$eq: [{$mod: ['$a', 3]}, 2]}}", "{a: 5}", true)]
    [InlineData("{$expr: {$eq: [{$mod: ['$a', 3]}, -2]}}", "{a: -5}", true)]
    [InlineData("{$expr: {$eq: [{$abs: '$a'}, 3]}}", "{a: -3}", true)]
    [InlineData("{$expr: {$and: [{$gt: ['$a', 1]}, {$lt: ['$a', 5]}]}}", "{a: 3}", true)]
    [InlineData("{$expr: {$or: [{$gt: ['$a', 10]}, {$lt: ['$a', 0]}]}}", "{a: 3}", false)]
    [InlineData("{$expr: {$not: ['$a']}}", "{a: 0}", true)]
    [InlineData("{$expr: {$not: ['$a']}}", "{a: 'x'}", false)]
    [InlineData("{$expr: '$flag'}", "{flag: true}", true)]
    [InlineData("{$expr: '$flag'}", "{}", false)]
    [InlineData("{$expr: '$flag'}", "{flag: null}", false)]
    [InlineData("{$expr: {$in: ['$a', [1, 2]]}}", "{a: 2}", true)]
    [InlineData("{$expr: {$in: ['x', '$tags']}}", "{tags: ['x', 'y']}", true)]
    [InlineData("{$expr: {$eq: [{$size: '$tags'}, 2]}}", "{tags: ['x', 'y']}", true)]
    [InlineData("{$expr: {$eq: [{$ifNull: ['$a', 'd']}, 'd']}}", "{a: null}", true)]
    [InlineData("{$expr: {$eq: [{$cond: [{$gt: ['$q', 100]}, 'big', 'small']}, 'big']}}", "{q: 150}", true)]
    [InlineData("{$expr: {$eq: [{$cond: {if: {$gt: ['$q', 100]}, then: 'big', else: 'small'}}, 'small']}}", "{q: 50}", true)]
    [InlineData("{$expr: {$eq: [{$concat: ['$f', ' ', '$l']}, 'Ada Lovelace']}}", "{f: 'Ada', l: 'Lovelace'}", true)]
    [InlineData("{$expr: {$eq: [{$toUpper: '$f'}, 'ADA']}}", "{f: 'Ada'}", true)]
    [InlineData("{$expr: {$eq: [{$type: '$f'}, 'missing']}}", "{}", true)]
    [InlineData("{$expr: {$eq: ['$a.b', [1, 2]]}}", "{a: [{b: 1}, {b: 2}]}", true)]
    [InlineData("{$expr: {$eq: ['$$ROOT.a', 1]}}", "{a: 1}", true)]
    [InlineData("{$expr: {$eq: [{$literal: '$a'}, '$a']}}", "{a: '$a'}", true)]
    [InlineData("{$expr: {$eq: [{x: '$a'}, {x: 1}]}}", "{a: 1}", true)]
    [InlineData("{$expr: {$gt: ['$a', 1]}, b: 2}", "{a: 5, b: 2}", true)]
    [InlineData("{$expr: {$gt: ['$a', 1]}, b: 2}", "{a: 5, b: 3}", false)]
    public void Expr_evaluates_aggregation_expressions(string filter, string document, bool expected) =>
        QueryFilter.Parse(Json.Doc(filter)).Matches(Json.Doc(document)).ShouldBe(expected, $"{filter} on {document}");

    [Theory]
    [InlineData("{$expr: {$eq: ['$_id', '$$id']}}", "{id: 1}", "{_id: 1}", true)]
    [InlineData("{$expr: {$eq: ['$_id', '$$id']}}", "{id: 1}", "{_id: 2}", false)]
    [InlineData("{$expr: {$eq: ['$name', '$$name']}}", "{name: 'name'}", "{name: 'name'}", true)]
    [InlineData("{$expr: {$eq: ['$x', '$$y']}}", "{y: {$literal: '$bar'}}", "{x: '$bar'}", true)]
    [InlineData("{$expr: {$eq: ['$x', '$$v.k']}}", "{v: {k: 3}}", "{x: 3}", true)]
    [InlineData("{$or: [{a: 1}, {$expr: {$gt: ['$b', '$$min']}}]}", "{min: 5}", "{b: 6}", true)]
    public void Expr_reads_let_variables(string filter, string let, string document, bool expected) =>
        QueryFilter.Parse(Json.Doc(filter), Json.Doc(let)).Matches(Json.Doc(document)).ShouldBe(expected);

    [Fact]
    public void Let_rejects_invalid_variable_names()
    {
        var error = Should.Throw<QueryException>(() => QueryFilter.Parse(Json.Doc("{a: 1}"), Json.Doc("{Bad: 1}")));
        error.Code.ShouldBe(16870);
        error.Message.ShouldBe("'Bad' starts with an invalid character for a user variable name");
    }

    // The expression language is the aggregation engine's; these check that its errors surface as
    // QueryException with the server's code, whichever of parsing or matching raises them.
    [Theory]
    [InlineData("{$expr: {$size: '$a'}}", "{a: 1}", 17124, "The argument to $size must be an array")]
    [InlineData("{$expr: {$divide: ['$a', 0]}}", "{a: 1}", 2, "divide by zero")]
    [InlineData("{$expr: {$foo: 1}}", "{a: 1}", 168, "$foo")]
    [InlineData("{$expr: {$eq: [1]}}", "{a: 1}", 16020, "$eq")]
    [InlineData("{$expr: '$$nope'}", "{a: 1}", 17276, "nope")]
    public void Expr_reports_errors_as_query_exceptions(string filter, string document, int code, string message)
    {
        var error = Should.Throw<QueryException>(() => QueryFilter.Parse(Json.Doc(filter)).Matches(Json.Doc(document)));
        error.Code.ShouldBe(code);
        error.Message.ShouldContain(message);
    }

    [Fact]
    public void Expr_sees_the_system_variable_now() =>
        QueryFilter.Parse(Json.Doc("{$expr: {$lt: ['$d', '$$NOW']}}")).Matches(Json.Doc("{d: {'$date': '2000-01-01T00:00:00Z'}}")).ShouldBeTrue();
}
