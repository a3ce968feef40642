using Serverless.Bson;
using Serverless.Mongo.Embedded.Aggregation.Expressions;
using Serverless.Mongo.Embedded.Aggregation.Stages;
using Serverless.Mongo.Embedded.Query;

namespace Serverless.Mongo.Embedded.Aggregation;

/// <summary>
/// A parsed aggregation pipeline: parse once, execute many times, from any thread.
/// </summary>
/// <remarks>
/// Execution is a synchronous, lazy <see cref="IEnumerable{T}"/>: every source (the in-memory storage and
/// <see cref="ICollectionSource"/>) is synchronous and the stages are pure CPU work, so an async iterator
/// would add a state machine per document and nothing to await; cancellation is checked per document.
/// </remarks>
public sealed class Pipeline
{
    private readonly IReadOnlyList<IPipelineStage> _stages;
    private readonly AggregationContext _context;
    private readonly IReadOnlyList<(string Name, Expression Value)> _let;

    private Pipeline(IReadOnlyList<IPipelineStage> stages, AggregationContext context, IReadOnlyList<(string Name, Expression Value)> let)
    {
        _stages = stages;
        _context = context;
        _let = let;
    }

    /// <summary>
    /// The filter of a leading $match without $expr, or null. The caller may run it as a query (using an
    /// index) to narrow the input; <see cref="Execute"/> still applies it, so narrowing never changes results.
    /// </summary>
    public QueryFilter? LeadingFilter => _stages is [MatchStage match, ..] ? match.PlainFilter : null;

    public static Pipeline Parse(BsonArray stages, AggregationContext context)
    {
        ArgumentNullException.ThrowIfNull(stages);
        ArgumentNullException.ThrowIfNull(context);
        // Manual "aggregate" command, "let": each value is an expression over no document, evaluated once per run.
        var let = context.Variables.Select(e => (VariableNames.Validate(e.Name), Expression.Parse(e.Value))).ToList();
        return new Pipeline(StageParsers.ParseAll(stages), context, let);
    }

    /// <summary>
    /// Runs over <paramref name="input"/> lazily; $$NOW is read from the context's clock once, here, and the
    /// command's let variables are evaluated then.
    /// </summary>
    public IEnumerable<BsonDocument> Execute(IEnumerable<BsonDocument> input, CancellationToken cancellationToken) =>
        Execute(input, cancellationToken.ThrowIfCancellationRequested);

    /// <summary>
    /// Runs over <paramref name="input"/> lazily, calling <paramref name="checkpoint"/> for every document that
    /// enters or leaves a stage; the server passes its deadline check (maxTimeMS, killOp, shutdown).
    /// </summary>
    internal IEnumerable<BsonDocument> Execute(IEnumerable<BsonDocument> input, Action checkpoint)
    {
        ArgumentNullException.ThrowIfNull(input);
        var now = BsonDateTime.FromDateTimeOffset(_context.Clock.GetUtcNow());
        var variables = ExpressionVariables.Create(now);
        foreach (var (name, value) in _let)
        {
            // In order, so a later variable may use an earlier one (as the query engine's find "let" does).
            variables = variables.With(name, value.Evaluate(BsonDocument.Empty, variables) ?? BsonNull.Value);
        }

        return StageChain.Run(_stages, input, new StageContext(_context, variables, checkpoint));
    }
}
