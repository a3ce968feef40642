using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation.Expressions;

/// <summary><c>[expr, ...]</c>: an array of evaluated items; a missing item becomes null, as on the server.</summary>
internal sealed class ArrayExpression(IReadOnlyList<Expression> items) : Expression
{
    public override BsonValue? Evaluate(BsonDocument root, ExpressionVariables variables)
    {
        var values = new BsonValue[items.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = items[i].Evaluate(root, variables) ?? BsonNull.Value;
        }

        return new BsonArray(values);
    }
}
