namespace Serverless.Mongo.Embedded.Tests.Aggregation.Expressions;

public class ComparisonAndLogicTests
{
    private const string Document = "{a: 5, b: 2, s: 'abc', n: null, arr: [1, 2], t: true, z: 0}";

    [Theory]
    [InlineData("{$eq: ['$a', 5]}", "true")]
    [InlineData("{$eq: ['$a', 5.0]}", "true")]
    [InlineData("{$eq: ['$a', {$numberLong: '5'}]}", "true")]
    [InlineData("{$eq: ['$a', '5']}", "false")]
    [InlineData("{$eq: ['$n', null]}", "true")]
    [InlineData("{$eq: ['$missing', null]}", "false")]
    [InlineData("{$eq: ['$missing', '$alsoMissing']}", "true")]
    [InlineData("{$eq: ['$arr', [1, 2]]}", "true")]
    [InlineData("{$ne: ['$a', 4]}", "true")]
    [InlineData("{$gt: ['$a', '$b']}", "true")]
    [InlineData("{$gt: ['$s', 1000]}", "true")]
    [InlineData("{$gt: ['$n', '$missing']}", "true")]
    [InlineData("{$gte: ['$a', 5]}", "true")]
    [InlineData("{$lt: ['$a', '$b']}", "false")]
    [InlineData("{$lt: [null, 0]}", "true")]
    [InlineData("{$lte: ['$b', 2]}", "true")]
    [InlineData("{$cmp: ['$a', '$b']}", "1")]
    [InlineData("{$cmp: ['$b', '$a']}", "-1")]
    [InlineData("{$cmp: ['$a', 5.0]}", "0")]
    [InlineData("{$cmp: ['abc', 'abd']}", "-1")]
    public void Comparison_uses_bson_order_without_type_brackets(string expression, string expected) =>
        Aggregate.EvaluateCanonical(expression, Document).ShouldBe(Aggregate.Expected(expected));

    [Theory]
    [InlineData("{$and: [true, 1, 'x']}", "true")]
    [InlineData("{$and: [true, 0]}", "false")]
    [InlineData("{$and: []}", "true")]
    [InlineData("{$and: ['$t', '$missing']}", "false")]
    [InlineData("{$and: [false, {$divide: [1, 0]}]}", "false")]
    [InlineData("{$or: [false, '$n', '$a']}", "true")]
    [InlineData("{$or: []}", "false")]
    [InlineData("{$or: [true, {$divide: [1, 0]}]}", "true")]
    [InlineData("{$or: ['$z', null]}", "false")]
    [InlineData("{$not: [true]}", "false")]
    [InlineData("{$not: '$n'}", "true")]
    [InlineData("{$not: [[]]}", "false")]
    [InlineData("{$cond: [{$gt: ['$a', 3]}, 'big', 'small']}", "'big'")]
    [InlineData("{$cond: {if: {$lt: ['$a', 3]}, then: 'big', else: 'small'}}", "'small'")]
    [InlineData("{$cond: ['$missing', 1, 2]}", "2")]
    [InlineData("{$ifNull: ['$missing', 'default']}", "'default'")]
    [InlineData("{$ifNull: ['$n', '$missing', 'last']}", "'last'")]
    [InlineData("{$ifNull: ['$a', 'default']}", "5")]
    [InlineData("{$ifNull: ['$n', '$missing']}", "missing")]
    [InlineData("{$switch: {branches: [{case: {$eq: ['$a', 1]}, then: 'one'}, {case: {$eq: ['$a', 5]}, then: 'five'}], default: 'other'}}", "'five'")]
    [InlineData("{$switch: {branches: [{case: false, then: 1}], default: 'other'}}", "'other'")]
    public void Boolean_and_conditional_operators_evaluate_lazily(string expression, string expected) =>
        Aggregate.EvaluateCanonical(expression, Document).ShouldBe(Aggregate.Expected(expected));

    [Theory]
    [InlineData("{$eq: [1]}", 16020)]
    [InlineData("{$cond: {if: true, then: 1}}", 17082)]
    [InlineData("{$cond: {if: true, then: 1, else: 2, other: 3}}", 17083)]
    [InlineData("{$cond: [true, 1]}", 16020)]
    [InlineData("{$ifNull: ['$a']}", 16020)]
    [InlineData("{$switch: {branches: [{case: false, then: 1}]}}", 40066)]
    [InlineData("{$switch: {branches: []}}", 40068)]
    [InlineData("{$switch: {branches: [{then: 1}]}}", 40064)]
    public void Malformed_logic_fails_with_server_codes(string expression, int code) =>
        Aggregate.Fails(() => Aggregate.Evaluate(expression, Document)).Code.ShouldBe(code);
}
