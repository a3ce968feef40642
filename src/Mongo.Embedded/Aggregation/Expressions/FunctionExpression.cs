using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation.Expressions;

/// <summary>
/// An operator whose arguments are all evaluated first (most of them); the operator family supplies the
/// function over the evaluated values (null = missing). Operators that evaluate lazily ($cond, $and, $map...)
/// have their own nodes.
/// </summary>
internal sealed class FunctionExpression(IReadOnlyList<Expression> arguments, Func<BsonValue?[], BsonValue?> function) : Expression
{
    public override BsonValue? Evaluate(BsonDocument root, ExpressionVariables variables)
    {
        var values = new BsonValue?[arguments.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = arguments[i].Evaluate(root, variables);
        }

        return function(values);
    }
}
