using Serverless.Bson;
using Serverless.Mongo.Embedded.Aggregation;

namespace Serverless.Mongo.Embedded.Tests.Aggregation;

public class PipelineTests
{
    [Theory]
    [InlineData("[{$foo: {}}]", 40324, "Unrecognized pipeline stage name: '$foo'")]
    [InlineData("[{$match: {}, $limit: 1}]", 40323, "A pipeline stage specification object must contain exactly one field.")]
    [InlineData("[1]", 40323, "A pipeline stage specification object must contain exactly one field.")]
    [InlineData("[{$out: 'x'}]", 238, "the $out stage is not supported by the embedded server")]
    [InlineData("[{$project: {x: {$nope: 1}}}]", 168, "Unrecognized expression '$nope'")]
    public void Parse_rejects_unknown_or_malformed_stages(string pipeline, int code, string message)
    {
        var error = Aggregate.Fails(() => Aggregate.Run(pipeline, "[]"));
        error.Code.ShouldBe(code);
        error.Message.ShouldBe(message);
    }

    [Fact]
    public void Unknown_stage_error_has_the_location_code_name() =>
        Aggregate.Fails(() => Aggregate.Run("[{$foo: 1}]", "[]")).CodeName.ShouldBe("Location40324");

    [Fact]
    public void Empty_pipeline_returns_the_input() =>
        Aggregate.RunCanonical("[]", "[{a: 1}, {a: 2}]").ShouldBe(Shell.Canonical(Shell.Array("[{a: 1}, {a: 2}]")));

    [Fact]
    public void Parsed_pipeline_can_run_many_times_and_concurrently()
    {
        var context = new AggregationContext(new InMemoryCollections(), "test", new FixedClock(FixedClock.Instant));
        var pipeline = Pipeline.Parse(Shell.Array("[{$group: {_id: '$k', n: {$sum: 1}}}, {$sort: {_id: 1}}]"), context);
        var input = Enumerable.Range(0, 200).Select(i => new BsonDocument(new BsonElement("k", i % 4))).ToList();
        var results = Enumerable.Range(0, 8).AsParallel().Select(_ => Shell.Canonical(new BsonArray(pipeline.Execute(input, CancellationToken.None).ToList()))).ToList();
        results.Distinct().ShouldHaveSingleItem().ShouldBe(Shell.Canonical(Shell.Array("[{_id: 0, n: 50}, {_id: 1, n: 50}, {_id: 2, n: 50}, {_id: 3, n: 50}]")));
    }

    [Theory]
    [InlineData("[{$match: {a: 1}}, {$limit: 1}]", true)]
    [InlineData("[{$match: {a: 1, $expr: {$eq: ['$a', '$$x']}}}]", false)]
    [InlineData("[{$limit: 1}, {$match: {a: 1}}]", false)]
    [InlineData("[{$match: {$or: [{a: 1}, {$expr: true}]}}]", false)]
    [InlineData("[]", false)]
    public void Leading_plain_match_is_offered_for_index_narrowing(string stages, bool offered)
    {
        var context = new AggregationContext(new InMemoryCollections(), "test", new FixedClock(FixedClock.Instant));
        var filter = Pipeline.Parse(Shell.Array(stages), context).LeadingFilter;
        (filter is not null).ShouldBe(offered);
        filter?.Matches(Shell.Doc("{a: 1}")).ShouldBeTrue();
    }

    [Fact]
    public void Execution_stops_when_cancelled()
    {
        var context = new AggregationContext(new InMemoryCollections(), "test", new FixedClock(FixedClock.Instant));
        var pipeline = Pipeline.Parse(Shell.Array("[{$match: {}}]"), context);
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        Should.Throw<OperationCanceledException>(() => pipeline.Execute(Shell.Array("[{a: 1}]").Cast<BsonDocument>(), cancellation.Token).ToList());
    }

    [Fact]
    public void Command_let_variables_are_visible_to_every_stage() =>
        Shell.Canonical(new BsonArray(Aggregate.Run("[{$project: {_id: 0, x: {$add: ['$a', '$$offset']}}}]", "[{a: 1}]", let: "{offset: 10}")))
            .ShouldBe(Shell.Canonical(Shell.Array("[{x: 11}]")));

    [Fact]
    public void Command_let_values_are_expressions_evaluated_once() =>
        Shell.Canonical(new BsonArray(Aggregate.Run("[{$project: {_id: 0, x: '$$sum', y: '$$year', z: '$$twice'}}]", "[{a: 1}]", let: "{sum: {$add: [1, 2]}, year: {$year: '$$NOW'}, twice: {$multiply: ['$$sum', 2]}}")))
            .ShouldBe(Shell.Canonical(Shell.Array("[{x: 3, y: 2024, z: 6}]")));

    [Fact]
    public void Command_let_names_must_be_valid_variable_names() =>
        Aggregate.Fails(() => Aggregate.Run("[]", "[]", let: "{Bad: 1}")).Code.ShouldBe(16867);

    [Fact]
    public void Now_is_the_same_for_every_document() =>
        Aggregate.RunCanonical("[{$project: {_id: 0, now: '$$NOW'}}]", "[{}, {}]")
            .ShouldBe(Shell.Canonical(Shell.Array("[{now: {$date: '2024-05-06T07:08:09.010Z'}}, {now: {$date: '2024-05-06T07:08:09.010Z'}}]")));

    [Fact]
    public void AggregationException_is_a_MongoException_with_code_and_name()
    {
        var error = new AggregationException(14, "TypeMismatch", "bad");
        error.ShouldBeAssignableTo<MongoException>();
        (error.Code, error.CodeName, error.Message).ShouldBe((14, "TypeMismatch", "bad"));
    }
}
