using Serverless.Mongo.Embedded.Aggregation.Expressions;

namespace Serverless.Mongo.Embedded.Aggregation;

/// <summary>One execution's shared state: the context, the variables in scope (NOW, let) and cancellation.</summary>
internal sealed record StageContext(AggregationContext Aggregation, ExpressionVariables Variables, CancellationToken CancellationToken);
