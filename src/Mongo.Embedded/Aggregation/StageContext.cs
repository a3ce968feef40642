using Serverless.Mongo.Embedded.Aggregation.Expressions;

namespace Serverless.Mongo.Embedded.Aggregation;

/// <summary>
/// One execution's shared state: the context, the variables in scope (NOW, let) and the checkpoint, called for
/// every document passed between stages (it throws to stop the execution: cancellation, maxTimeMS, killOp).
/// </summary>
internal sealed record StageContext(AggregationContext Aggregation, ExpressionVariables Variables, Action Checkpoint);
