using Serverless.Mongo.Embedded.Aggregation.Expressions;

namespace Serverless.Mongo.Embedded.Aggregation.Stages;

/// <summary>What a projection does with one field: the action, and its expression or nested level.</summary>
internal sealed record ProjectionEntry(ProjectionAction Action, Expression? Expression, ProjectionNode? Child);
