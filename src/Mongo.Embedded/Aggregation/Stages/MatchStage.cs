using Serverless.Bson;
using Serverless.Mongo.Embedded.Aggregation.Expressions;
using Serverless.Mongo.Embedded.Query;

namespace Serverless.Mongo.Embedded.Aggregation.Stages;

/// <summary>
/// $match: the query engine's filter (manual "$match"). A top-level <c>$expr</c> is evaluated here with the
/// pipeline's variables in scope, because inside a $lookup sub-pipeline it refers to the lookup's
/// <c>let</c> variables, which change per joined document. A <c>$expr</c> nested in $and/$or/$nor is left to
/// the query engine, re-scoped once per run with the current variables.
/// </summary>
internal sealed class MatchStage : IPipelineStage
{
    private readonly BsonDocument _rest;
    private readonly QueryFilter? _filter;
    private readonly Expression? _expr;
    private readonly bool _nestedExpr;

    private MatchStage(BsonDocument rest, QueryFilter? filter, Expression? expr)
    {
        _rest = rest;
        _filter = filter;
        _expr = expr;
        _nestedExpr = filter is not null && ContainsExpr(rest);
    }

    /// <summary>The query part of the filter, when the filter has no $expr (which may need pipeline variables).</summary>
    public QueryFilter? PlainFilter => _expr is null && !_nestedExpr ? _filter : null;

    public static MatchStage Parse(BsonValue specification)
    {
        if (specification is not BsonDocument filter)
        {
            throw AggregationErrors.Location(15959, "the match filter must be an expression in an object");
        }

        var expr = filter.TryGetValue("$expr", out var exprSpec) ? Expression.Parse(exprSpec) : null;
        var rest = expr is null ? filter : filter.Without("$expr");
        return new MatchStage(rest, rest.Count == 0 && expr is not null ? null : QueryFilter.Parse(rest), expr);
    }

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, StageContext context)
    {
        var collation = context.Aggregation.Collation;
        var filter = _nestedExpr || (collation is not null && _filter is not null) ? QueryFilter.ParseInScope(_rest, context.Variables, collation) : _filter;
        return input.Where(document =>
            (filter is null || filter.Matches(document))
            && (_expr is null || TypeNames.IsTrue(_expr.Evaluate(document, context.Variables))));
    }

    private static bool ContainsExpr(BsonValue value) => value switch
    {
        BsonDocument document => document.Any(e => e.Name == "$expr" || ContainsExpr(e.Value)),
        BsonArray array => array.Any(ContainsExpr),
        _ => false,
    };
}
