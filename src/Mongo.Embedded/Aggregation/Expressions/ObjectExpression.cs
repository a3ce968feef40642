using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation.Expressions;

/// <summary>
/// <c>{a: expr, b: expr}</c>: a document of evaluated fields; fields whose value is missing are left out
/// (manual "Expression Objects").
/// </summary>
internal sealed class ObjectExpression(IReadOnlyList<(string Name, Expression Value)> fields) : Expression
{
    public override BsonValue? Evaluate(BsonDocument root, ExpressionVariables variables)
    {
        var elements = new List<BsonElement>(fields.Count);
        foreach (var (name, value) in fields)
        {
            if (value.Evaluate(root, variables) is { } result)
            {
                elements.Add(new BsonElement(name, result));
            }
        }

        return new BsonDocument(elements);
    }
}
