namespace Serverless.Mongo.Embedded.Tests.Aggregation.Expressions;

public class SetAndRegexExpressionTests
{
    private const string Document = "{a: [1, 2, 3, 2], b: [3, 4], n: null, s: 'cat bat café rat', e: 'x'}";

    [Theory]
    [InlineData("{$setUnion: ['$a', '$b']}", "[1, 2, 3, 4]")]
    [InlineData("{$setUnion: ['$a', '$n']}", "null")]
    [InlineData("{$setIntersection: ['$a', '$b']}", "[3]")]
    [InlineData("{$setIntersection: ['$a', [9]]}", "[]")]
    [InlineData("{$setDifference: ['$a', '$b']}", "[1, 2]")]
    [InlineData("{$setEquals: ['$a', [3, 2, 1]]}", "true")]
    [InlineData("{$setEquals: ['$a', '$b']}", "false")]
    [InlineData("{$setIsSubset: [[1, 1.0], '$a']}", "true")]
    [InlineData("{$setIsSubset: ['$b', '$a']}", "false")]
    [InlineData("{$anyElementTrue: [[0, null, 'x']]}", "true")]
    [InlineData("{$anyElementTrue: [[]]}", "false")]
    [InlineData("{$allElementsTrue: [[1, true, []]]}", "true")]
    [InlineData("{$allElementsTrue: [[1, 0]]}", "false")]
    [InlineData("{$regexFind: {input: '$s', regex: '(b)(a)t'}}", "{match: 'bat', idx: 4, captures: ['b', 'a']}")]
    [InlineData("{$regexFind: {input: '$s', regex: 'r(x)?at'}}", "{match: 'rat', idx: 13, captures: [null]}")]
    [InlineData("{$regexFind: {input: '$s', regex: 'dog'}}", "null")]
    [InlineData("{$regexFind: {input: '$n', regex: 'a'}}", "null")]
    [InlineData("{$regexFindAll: {input: '$s', regex: '[a-z]at'}}", "[{match: 'cat', idx: 0, captures: []}, {match: 'bat', idx: 4, captures: []}, {match: 'rat', idx: 13, captures: []}]")]
    [InlineData("{$regexFindAll: {input: '$s', regex: 'CAT', options: 'i'}}", "[{match: 'cat', idx: 0, captures: []}]")]
    [InlineData("{$regexFindAll: {input: '$n', regex: 'a'}}", "[]")]
    [InlineData("{$regexMatch: {input: '$e', regex: {$regularExpression: {pattern: 'X', options: 'i'}}}}", "true")]
    public void Set_and_regex_operators_match_the_manual(string expression, string expected) =>
        Aggregate.EvaluateCanonical(expression, Document).ShouldBe(Aggregate.Expected(expected));

    [Theory]
    [InlineData("{$setUnion: ['$a', 1]}", 17044)]
    [InlineData("{$setEquals: ['$a']}", 16020)]
    [InlineData("{$setIsSubset: ['$a', '$n']}", 17044)]
    [InlineData("{$anyElementTrue: [1]}", 5159200)]
    [InlineData("{$regexFind: {input: '$s', regex: 'a', options: 'q'}}", 51108)]
    [InlineData("{$regexFind: {input: '$s', regex: {$regularExpression: {pattern: 'a', options: 'i'}}, options: 'm'}}", 51107)]
    [InlineData("{$regexFind: {input: '$s', regex: 5}}", 51105)]
    [InlineData("{$regexFind: {input: '$s', pattern: 'a'}}", 51103)]
    [InlineData("{$regexFindAll: {regex: 'a'}}", 31022)]
    public void Set_and_regex_operators_reject_bad_arguments(string expression, int code) =>
        Aggregate.Fails(() => Aggregate.Evaluate(expression, Document)).Code.ShouldBe(code);
}
