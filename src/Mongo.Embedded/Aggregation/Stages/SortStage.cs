using Serverless.Bson;
using Serverless.Mongo.Embedded.Query;

namespace Serverless.Mongo.Embedded.Aggregation.Stages;

/// <summary>$sort with the query engine's sort order (manual "$sort"); stable, so ties keep input order.</summary>
internal sealed class SortStage(SortSpec sort) : IPipelineStage
{
    public static SortStage Parse(BsonValue specification)
    {
        if (specification is not BsonDocument spec)
        {
            throw AggregationErrors.Location(15973, "the $sort key specification must be an object");
        }

        return spec.Count == 0
            ? throw AggregationErrors.Location(15976, "$sort stage must have at least one sort key")
            : new SortStage(SortSpec.Parse(spec));
    }

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, StageContext context) => sort.WithCollation(context.Aggregation.Collation).Order(input);
}
