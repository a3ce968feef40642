using Serverless.Bson;
using Serverless.Mongo.Embedded.Aggregation;
using Serverless.Mongo.Embedded.Aggregation.Expressions;

namespace Serverless.Mongo.Embedded.Tests.Aggregation;

/// <summary>Runs pipelines and expressions written in shell JSON, with a fixed clock, in database "test".</summary>
internal static class Aggregate
{
    public static List<BsonDocument> Run(string pipeline, string input, InMemoryCollections? collections = null, string? let = null)
    {
        var context = new AggregationContext(collections ?? new InMemoryCollections(), "test", new FixedClock(FixedClock.Instant), let is null ? null : Shell.Doc(let));
        var parsed = Pipeline.Parse(Shell.Array(pipeline), context);
        return [.. parsed.Execute(Shell.Array(input).Cast<BsonDocument>(), CancellationToken.None)];
    }

    /// <summary>The results as canonical Extended JSON of an array, for one readable comparison.</summary>
    public static string RunCanonical(string pipeline, string input, InMemoryCollections? collections = null) =>
        Shell.Canonical(new BsonArray(Run(pipeline, input, collections)));

    public static BsonValue? Evaluate(string expression, string document = "{}") =>
        Expression.Parse(Shell.Value(expression)).Evaluate(Shell.Doc(document), ExpressionVariables.Create(BsonDateTime.FromDateTimeOffset(FixedClock.Instant)));

    public static string EvaluateCanonical(string expression, string document = "{}") => Shell.Canonical(Evaluate(expression, document));

    /// <summary>The expected value in canonical form; the word "missing" stands for no value.</summary>
    public static string Expected(string value) => value == "missing" ? "<missing>" : Shell.Canonical(Shell.Value(value));

    public static AggregationException Fails(Action action) => Should.Throw<AggregationException>(action);
}
