namespace Serverless.Mongo.Embedded.Tests.Aggregation.Stages;

public class RedactStageTests
{
    private const string Input = "[{_id: 1, level: 1, a: {level: 2, x: 1}, b: [{level: 1, y: 2}, {level: 3, y: 3}, 7]}, {_id: 2, level: 5}]";

    [Theory]
    [InlineData("[{$redact: {$cond: [{$lte: ['$level', 2]}, '$$DESCEND', '$$PRUNE']}}]", "[{_id: 1, level: 1, a: {level: 2, x: 1}, b: [{level: 1, y: 2}, 7]}]")]
    [InlineData("[{$redact: {$cond: [{$eq: ['$level', 1]}, '$$KEEP', '$$PRUNE']}}]", "[{_id: 1, level: 1, a: {level: 2, x: 1}, b: [{level: 1, y: 2}, {level: 3, y: 3}, 7]}]")]
    [InlineData("[{$redact: '$$PRUNE'}]", "[]")]
    public void Redact_keeps_prunes_or_descends_per_level(string pipeline, string expected) =>
        Aggregate.RunCanonical(pipeline, Input).ShouldBe(Shell.Canonical(Shell.Array(expected)));

    [Fact]
    public void Redact_rejects_other_results() =>
        Aggregate.Fails(() => Aggregate.Run("[{$redact: 'keep it'}]", Input)).Code.ShouldBe(17053);
}
