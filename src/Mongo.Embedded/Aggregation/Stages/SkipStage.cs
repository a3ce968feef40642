using Serverless.Bson;
using Serverless.Mongo.Embedded.Aggregation.Expressions;

namespace Serverless.Mongo.Embedded.Aggregation.Stages;

/// <summary>$skip n (manual "$skip"): n must be a non-negative whole number.</summary>
internal sealed class SkipStage(long count) : IPipelineStage
{
    public static SkipStage Parse(BsonValue specification) => TextValues.Integer(specification) switch
    {
        null => throw AggregationErrors.Location(15972, $"invalid argument to $skip stage: Expected an integer: $skip: {specification}"),
        < 0 => throw AggregationErrors.Location(15956, $"invalid argument to $skip stage: Expected a non-negative number in: $skip: {specification}"),
        var n => new SkipStage(n.Value),
    };

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, StageContext context) =>
        count > int.MaxValue ? [] : input.Skip((int)count);
}
