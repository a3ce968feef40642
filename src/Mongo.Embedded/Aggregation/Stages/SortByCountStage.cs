using Serverless.Bson;
using Serverless.Mongo.Embedded.Aggregation.Accumulators;
using Serverless.Mongo.Embedded.Aggregation.Expressions;

namespace Serverless.Mongo.Embedded.Aggregation.Stages;

/// <summary>
/// $sortByCount expr (manual "$sortByCount"): $group by the expression with a count, sorted by count
/// descending; ties keep first-seen order.
/// </summary>
internal sealed class SortByCountStage(Expression key) : IPipelineStage
{
    private static readonly AccumulatorSpec[] Count = [new("count", () => new SumAccumulator(average: false), new ConstantExpression(new BsonInt32(1)))];

    public static SortByCountStage Parse(BsonValue specification)
    {
        var isExpression = specification is BsonString { Value: var path } && path.StartsWith('$')
            || specification is BsonDocument { Count: 1 } operand && operand[0].Name.StartsWith('$');
        return isExpression
            ? new SortByCountStage(Expression.Parse(specification))
            : throw AggregationErrors.Location(40148, "the sortByCount field must be defined as a $-prefixed path or an expression");
    }

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, StageContext context) =>
        GroupTable.Build(input, document => key.Evaluate(document, context.Variables) ?? BsonNull.Value, Count, context.Variables)
            .OrderByDescending(group => group["count"], BsonValueComparer.Instance);
}
