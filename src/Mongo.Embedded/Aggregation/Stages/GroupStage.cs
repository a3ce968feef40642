using Serverless.Bson;
using Serverless.Mongo.Embedded.Aggregation.Accumulators;
using Serverless.Mongo.Embedded.Aggregation.Expressions;

namespace Serverless.Mongo.Embedded.Aggregation.Stages;

/// <summary>
/// $group (manual "$group"): one output document per distinct _id value, with accumulated fields. A
/// missing _id value groups as null.
/// </summary>
internal sealed class GroupStage(Expression id, IReadOnlyList<AccumulatorSpec> fields) : IPipelineStage
{
    public static GroupStage Parse(BsonValue specification)
    {
        if (specification is not BsonDocument spec)
        {
            throw AggregationErrors.Location(15947, "a group's fields must be specified in an object");
        }

        if (!spec.TryGetValue("_id", out var id))
        {
            throw AggregationErrors.Location(15955, "a group specification must include an _id");
        }

        var fields = spec.Where(e => e.Name != "_id").Select(e => AccumulatorFactory.Parse(e.Name, e.Value)).ToList();
        return new GroupStage(Expression.Parse(id), fields);
    }

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, StageContext context) =>
        GroupTable.Build(input, document => id.Evaluate(document, context.Variables) ?? BsonNull.Value, fields, context.Variables);
}
