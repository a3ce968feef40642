using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation.Expressions;

/// <summary>A literal value: numbers, strings without '$', booleans, and <c>$literal</c> arguments.</summary>
internal sealed class ConstantExpression(BsonValue value) : Expression
{
    public override BsonValue? Evaluate(BsonDocument root, ExpressionVariables variables) => value;
}
