using Serverless.Bson;
using Serverless.Mongo.Embedded.Aggregation.Accumulators;
using Serverless.Mongo.Embedded.Aggregation.Expressions;

namespace Serverless.Mongo.Embedded.Aggregation.Stages;

/// <summary>
/// $bucket (manual "$bucket"): each document goes to the bucket [boundaries[i], boundaries[i+1]) holding
/// its groupBy value, or to the default bucket; buckets are output in _id order, empty ones omitted. Without
/// an output specification each bucket has a count.
/// </summary>
internal sealed class BucketStage(Expression groupBy, BsonValue[] boundaries, BsonValue? fallback, IReadOnlyList<AccumulatorSpec> output) : IPipelineStage
{
    private static readonly string[] Known = ["groupBy", "boundaries", "default", "output"];

    public static BucketStage Parse(BsonValue specification)
    {
        if (specification is not BsonDocument spec)
        {
            throw AggregationErrors.Location(40201, $"Argument to $bucket stage must be an object, but found type: {TypeNames.Of(specification)}.");
        }

        foreach (var name in spec.Names)
        {
            if (Array.IndexOf(Known, name) < 0)
            {
                throw AggregationErrors.Location(40197, $"Unrecognized option to $bucket: {name}.");
            }
        }

        if (!spec.TryGetValue("groupBy", out var groupBySpec) || !spec.TryGetValue("boundaries", out var boundariesSpec))
        {
            throw AggregationErrors.Location(40198, "$bucket requires 'groupBy' and 'boundaries' to be specified.");
        }

        if (!(groupBySpec is BsonString { Value: var path } && path.StartsWith('$')) && !(groupBySpec is BsonDocument { Count: 1 } op && op[0].Name.StartsWith('$')))
        {
            throw AggregationErrors.Location(40202, $"The $bucket 'groupBy' field must be defined as a $-prefixed path or an expression, but found: {groupBySpec}.");
        }

        var boundaries = ParseBoundaries(boundariesSpec);
        var fallback = spec.GetValueOrDefault("default");
        if (fallback is not null
            && BsonValueComparer.ShareTypeBracket(fallback.Type, boundaries[0].Type)
            && BsonValueComparer.Instance.Compare(fallback, boundaries[0]) >= 0
            && BsonValueComparer.Instance.Compare(fallback, boundaries[^1]) < 0)
        {
            throw AggregationErrors.Location(40199, "The $bucket 'default' field must be less than the lowest boundary or greater than or equal to the highest boundary.");
        }

        IReadOnlyList<AccumulatorSpec> output = spec.GetValueOrDefault("output") switch
        {
            null => [new("count", () => new SumAccumulator(average: false), new ConstantExpression(new BsonInt32(1)))],
            BsonDocument fields => [.. fields.Select(f => AccumulatorFactory.Parse(f.Name, f.Value))],
            var other => throw AggregationErrors.Location(40196, $"The $bucket 'output' field must be an object, but found type: {TypeNames.Of(other)}."),
        };
        return new BucketStage(Expression.Parse(groupBySpec), boundaries, fallback, output);
    }

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, StageContext context) =>
        GroupTable.Build(input, document => BucketOf(groupBy.Evaluate(document, context.Variables)), output, context.Variables)
            .OrderBy(bucket => bucket["_id"], BsonValueComparer.Instance);

    private static BsonValue[] ParseBoundaries(BsonValue specification)
    {
        if (specification is not BsonArray { Count: >= 2 } list)
        {
            var count = specification is BsonArray a ? a.Count : 0;
            throw AggregationErrors.Location(40192, $"The $bucket 'boundaries' field must be an array with at least 2 values, but found {count} value(s).");
        }

        var values = list.ToArray();
        for (var i = 1; i < values.Length; i++)
        {
            if (!BsonValueComparer.ShareTypeBracket(values[i - 1].Type, values[i].Type))
            {
                throw AggregationErrors.Location(40193, $"All values in the the 'boundaries' option to $bucket must have the same type. Found conflicting types {TypeNames.Of(values[i - 1])} and {TypeNames.Of(values[i])}.");
            }

            if (BsonValueComparer.Instance.Compare(values[i - 1], values[i]) >= 0)
            {
                throw AggregationErrors.Location(40194, $"The 'boundaries' option to $bucket must be sorted in ascending order, but elements {i - 1} and {i} are not in ascending order ({values[i - 1]} is not less than {values[i]}).");
            }
        }

        return values;
    }

    private BsonValue BucketOf(BsonValue? value)
    {
        var key = value ?? BsonNull.Value;
        if (BsonValueComparer.ShareTypeBracket(key.Type, boundaries[0].Type))
        {
            for (var i = 0; i < boundaries.Length - 1; i++)
            {
                if (BsonValueComparer.Instance.Compare(key, boundaries[i]) >= 0 && BsonValueComparer.Instance.Compare(key, boundaries[i + 1]) < 0)
                {
                    return boundaries[i];
                }
            }
        }

        return fallback ?? throw AggregationErrors.Location(40066, "$switch could not find a matching branch for an input, and no default was specified.");
    }
}
