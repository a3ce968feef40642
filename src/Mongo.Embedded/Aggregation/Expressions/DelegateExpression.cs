using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation.Expressions;

/// <summary>
/// A node whose evaluation a family builds as a closure over its parsed parts (the lazy and named-argument
/// operators: $cond, $switch, $map, $dateToString...), so each needs no class of its own.
/// </summary>
internal sealed class DelegateExpression(Func<BsonDocument, ExpressionVariables, BsonValue?> evaluate) : Expression
{
    public override BsonValue? Evaluate(BsonDocument root, ExpressionVariables variables) => evaluate(root, variables);
}
