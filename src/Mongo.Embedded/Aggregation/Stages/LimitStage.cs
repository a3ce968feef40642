using Serverless.Bson;
using Serverless.Mongo.Embedded.Aggregation.Expressions;

namespace Serverless.Mongo.Embedded.Aggregation.Stages;

/// <summary>$limit n (manual "$limit"): n must be a positive whole number.</summary>
internal sealed class LimitStage(long count) : IPipelineStage
{
    public static LimitStage Parse(BsonValue specification) => TextValues.Integer(specification) switch
    {
        null => throw AggregationErrors.Location(15957, $"invalid argument to $limit stage: Expected an integer: $limit: {specification}"),
        <= 0 => throw AggregationErrors.Location(15958, $"invalid argument to $limit stage: Expected a positive number in: $limit: {specification}"),
        var n => new LimitStage(n.Value),
    };

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, StageContext context) =>
        input.Take((int)Math.Min(count, int.MaxValue));
}
