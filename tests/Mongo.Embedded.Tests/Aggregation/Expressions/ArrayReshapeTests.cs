namespace Serverless.Mongo.Embedded.Tests.Aggregation.Expressions;

public class ArrayReshapeTests
{
    private const string Document = "{v: [3, 'a', 1, null, 2.5], people: [{n: 'b', age: 30}, {n: 'a', age: 25}, {n: 'c', age: 30}], x: [1, 2, 3], y: ['a', 'b'], n: null}";

    [Theory]
    [InlineData("{$sortArray: {input: '$v', sortBy: 1}}", "[null, 1, 2.5, 3, 'a']")]
    [InlineData("{$sortArray: {input: '$v', sortBy: -1}}", "['a', 3, 2.5, 1, null]")]
    [InlineData("{$sortArray: {input: '$people', sortBy: {age: -1, n: 1}}}", "[{n: 'b', age: 30}, {n: 'c', age: 30}, {n: 'a', age: 25}]")]
    [InlineData("{$sortArray: {input: '$n', sortBy: 1}}", "null")]
    [InlineData("{$zip: {inputs: ['$x', '$y']}}", "[[1, 'a'], [2, 'b']]")]
    [InlineData("{$zip: {inputs: ['$x', '$y'], useLongestLength: true}}", "[[1, 'a'], [2, 'b'], [3, null]]")]
    [InlineData("{$zip: {inputs: ['$x', '$y'], useLongestLength: true, defaults: [0, 'z']}}", "[[1, 'a'], [2, 'b'], [3, 'z']]")]
    [InlineData("{$zip: {inputs: ['$x', '$n']}}", "null")]
    [InlineData("{$stdDevPop: [2, 4, 4, 4, 5, 5, 7, 9]}", "2.0")]
    [InlineData("{$stdDevSamp: '$x'}", "1.0")]
    [InlineData("{$stdDevSamp: [[5]]}", "null")]
    public void Reshaping_operators_match_the_manual(string expression, string expected) =>
        Aggregate.EvaluateCanonical(expression, Document).ShouldBe(Aggregate.Expected(expected));

    [Theory]
    [InlineData("{$sortArray: {input: '$x', sortBy: 2}}", 2942502)]
    [InlineData("{$sortArray: {input: 5, sortBy: 1}}", 2942504)]
    [InlineData("{$zip: {inputs: '$x'}}", 34460)]
    [InlineData("{$zip: {inputs: ['$x'], defaults: [1]}}", 34466)]
    [InlineData("{$zip: {inputs: ['$x', 5]}}", 34468)]
    [InlineData("{$zip: {inputs: ['$x'], useLongestLength: true, defaults: [1, 2]}}", 34467)]
    public void Reshaping_operators_reject_bad_arguments(string expression, int code) =>
        Aggregate.Fails(() => Aggregate.Evaluate(expression, Document)).Code.ShouldBe(code);

    [Fact]
    public void Group_standard_deviation_of_a_population() =>
        Aggregate.RunCanonical("[{$group: {_id: null, sd: {$stdDevPop: '$v'}, s: {$stdDevSamp: '$v'}}}, {$project: {_id: 0}}]", "[{v: 1}, {v: 3}, {v: 'x'}]")
            .ShouldBe(Shell.Canonical(Shell.Array("[{sd: 1.0, s: 1.4142135623730951}]")));
}
