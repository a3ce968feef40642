namespace Serverless.Mongo.Embedded.Tests.Aggregation.Accumulators;

public class AccumulatorTests
{
    [Theory]
    [InlineData("$sum", "[1, 2, 3]", "6")]
    [InlineData("$sum", "[1, 2.5]", "3.5")]
    [InlineData("$sum", "[1, {$numberLong: '2'}]", "{$numberLong: '3'}")]
    [InlineData("$sum", "[1, {$numberDecimal: '0.1'}, 0.5]", "{$numberDecimal: '1.6'}")]
    [InlineData("$sum", "[{$numberLong: '9223372036854775807'}, 1]", "9.223372036854776e18")]
    [InlineData("$sum", "['a', null, true]", "0")]
    [InlineData("$avg", "[1, 2]", "1.5")]
    [InlineData("$avg", "[1, 'x', 3]", "2.0")]
    [InlineData("$avg", "[{$numberDecimal: '1'}, 2]", "{$numberDecimal: '1.5'}")]
    [InlineData("$avg", "['x']", "null")]
    [InlineData("$min", "[3, 'a', null, 1.5]", "1.5")]
    [InlineData("$max", "[3, 'a', null, 1.5]", "'a'")]
    [InlineData("$max", "[null, null]", "null")]
    [InlineData("$first", "[null, 2]", "null")]
    [InlineData("$last", "[1, 2]", "2")]
    [InlineData("$push", "[1, 1, null]", "[1, 1, null]")]
    [InlineData("$addToSet", "[1, 1.0, 2]", "[1, 2]")]
    public void Accumulator_over_values(string accumulator, string values, string expected) =>
        Aggregate.RunCanonical(
                $"[{{$group: {{_id: null, r: {{{accumulator}: '$v'}}}}}}, {{$project: {{_id: 0}}}}]",
                Shell.Canonical(new Serverless.Bson.BsonArray(Shell.Array(values).Select(v => (Serverless.Bson.BsonValue)new Serverless.Bson.BsonDocument(new Serverless.Bson.BsonElement("v", v))))))
            .ShouldBe(Shell.Canonical(Shell.Array("[{r: " + expected + "}]")));

    [Fact]
    public void Missing_values_are_skipped_by_push_and_null_for_first() =>
        Aggregate.RunCanonical("[{$group: {_id: null, p: {$push: '$v'}, f: {$first: '$v'}, s: {$addToSet: '$v'}}}, {$project: {_id: 0}}]", "[{}, {v: 1}]")
            .ShouldBe(Shell.Canonical(Shell.Array("[{p: [1], f: null, s: [1]}]")));
}
