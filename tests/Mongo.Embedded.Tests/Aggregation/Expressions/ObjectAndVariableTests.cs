namespace Serverless.Mongo.Embedded.Tests.Aggregation.Expressions;

public class ObjectAndVariableTests
{
    private const string Document = "{a: {x: 1, y: 2}, b: {y: 3, z: 4}, n: null, kv: [{k: 'p', v: 1}, {k: 'q', v: 2}], pairs: [['p', 1], ['p', 2]], 'price.usd': 5, items: [{q: 1, t: [{u: 1}, {u: 2}]}, {q: 2}, 7, {t: {u: 3}}]}";

    [Theory]
    [InlineData("{$mergeObjects: ['$a', '$b']}", "{x: 1, y: 3, z: 4}")]
    [InlineData("{$mergeObjects: ['$a', '$n', '$missing']}", "{x: 1, y: 2}")]
    [InlineData("{$mergeObjects: []}", "{}")]
    [InlineData("{$objectToArray: '$a'}", "[{k: 'x', v: 1}, {k: 'y', v: 2}]")]
    [InlineData("{$objectToArray: '$n'}", "null")]
    [InlineData("{$arrayToObject: '$kv'}", "{p: 1, q: 2}")]
    [InlineData("{$arrayToObject: '$pairs'}", "{p: 2}")]
    [InlineData("{$arrayToObject: [[]]}", "{}")]
    [InlineData("{$getField: 'price.usd'}", "5")]
    [InlineData("{$getField: {field: 'x', input: '$a'}}", "1")]
    [InlineData("{$getField: {field: 'nope', input: '$a'}}", "missing")]
    [InlineData("{$getField: {field: 'x', input: '$n'}}", "null")]
    [InlineData("{$setField: {field: 'z', input: '$a', value: 9}}", "{x: 1, y: 2, z: 9}")]
    [InlineData("{$setField: {field: 'x.y', input: '$a', value: 9}}", "{x: 1, y: 2, 'x.y': 9}")]
    [InlineData("{$setField: {field: 'x', input: '$a', value: '$$REMOVE'}}", "{y: 2}")]
    [InlineData("{$setField: {field: 'x', input: '$n', value: 1}}", "null")]
    [InlineData("{$unsetField: {field: 'y', input: '$a'}}", "{x: 1}")]
    [InlineData("{$let: {vars: {total: {$add: ['$a.x', '$a.y']}}, in: {$multiply: ['$$total', 10]}}}", "30")]
    [InlineData("{$let: {vars: {a: 1}, in: {$let: {vars: {a: 2, b: '$$a'}, in: ['$$a', '$$b']}}}}", "[2, 1]")]
    [InlineData("{$literal: '$a'}", "'$a'")]
    [InlineData("{$literal: {$add: [1, 2]}}", "{$add: [1, 2]}")]
    [InlineData("{sum: {$add: ['$a.x', 1]}, gone: '$missing', lit: 'text'}", "{sum: 2, lit: 'text'}")]
    [InlineData("['$a.x', '$missing', 3]", "[1, null, 3]")]
    [InlineData("'$a.x'", "1")]
    [InlineData("'$$ROOT.b.z'", "4")]
    [InlineData("'$$CURRENT.a'", "{x: 1, y: 2}")]
    [InlineData("'$items.q'", "[1, 2]")]
    [InlineData("'$items.t.u'", "[[1, 2], 3]")]
    [InlineData("'$kv.k'", "['p', 'q']")]
    [InlineData("'$a.x.deeper'", "missing")]
    [InlineData("'$$REMOVE'", "missing")]
    public void Objects_variables_and_field_paths_evaluate_like_the_server(string expression, string expected) =>
        Aggregate.EvaluateCanonical(expression, Document).ShouldBe(Aggregate.Expected(expected));

    [Theory]
    [InlineData("{$mergeObjects: ['$a', 1]}", 40400)]
    [InlineData("{$objectToArray: 1}", 40390)]
    [InlineData("{$arrayToObject: [[['a']]]}", 40397)]
    [InlineData("{$arrayToObject: [[{k: 1, v: 2}]]}", 40394)]
    [InlineData("{$let: {vars: {Upper: 1}, in: 1}}", 16867)]
    [InlineData("{$let: {in: 1}}", 16876)]
    [InlineData("'$$undefinedVar'", 17276)]
    [InlineData("{$foo: 1}", 168)]
    [InlineData("{$add: [1], $multiply: [2]}", 15983)]
    [InlineData("{'a.b': 1}", 16412)]
    [InlineData("'$'", 16872)]
    [InlineData("'$a..b'", 15998)]
    [InlineData("{$setField: {field: 'x', input: 1, value: 1}}", 4161105)]
    [InlineData("{$setField: {field: '$x', input: '$a', value: 1}}", 4161106)]
    [InlineData("{$rand: 1}", 10065)]
    public void Malformed_expressions_fail_at_parse_or_evaluation(string expression, int code) =>
        Aggregate.Fails(() => Aggregate.Evaluate(expression, Document)).Code.ShouldBe(code);

    [Fact]
    public void Rand_is_a_fresh_double_in_the_unit_interval_at_each_evaluation()
    {
        var values = Enumerable.Range(0, 20).Select(_ => Aggregate.Evaluate("{$rand: {}}", Document)!.AsDouble).ToList();

        values.ShouldAllBe(v => v >= 0 && v < 1);
        values.Distinct().Count().ShouldBeGreaterThan(1);
    }

    [Fact]
    public void Unknown_operator_is_InvalidPipelineOperator_with_the_server_message()
    {
        var error = Aggregate.Fails(() => Aggregate.Evaluate("{$foo: 1}"));
        error.CodeName.ShouldBe("InvalidPipelineOperator");
        error.Message.ShouldBe("Unrecognized expression '$foo'");
    }
}
