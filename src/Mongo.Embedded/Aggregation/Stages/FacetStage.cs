using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation.Stages;

/// <summary>
/// $facet (manual "$facet"): runs several sub-pipelines over the same input and returns one document with
/// each pipeline's results as an array. The input is buffered once and shared by the branches.
/// </summary>
internal sealed class FacetStage(IReadOnlyList<(string Name, IReadOnlyList<IPipelineStage> Stages)> facets) : IPipelineStage
{
    // Manual "$facet": these stages cannot run inside a facet.
    private static readonly HashSet<string> Forbidden = new(StringComparer.Ordinal)
    {
        "$facet", "$out", "$merge", "$collStats", "$indexStats", "$geoNear", "$search", "$searchMeta", "$vectorSearch", "$changeStream",
    };

    public static FacetStage Parse(BsonValue specification)
    {
        if (specification is not BsonDocument spec)
        {
            throw AggregationErrors.Location(15947, $"the $facet specification must be a non-empty object, but found: {specification}");
        }

        if (spec.Count == 0)
        {
            throw AggregationErrors.Location(40169, "the $facet specification must be a non-empty object");
        }

        var facets = new List<(string, IReadOnlyList<IPipelineStage>)>(spec.Count);
        foreach (var (name, value) in spec)
        {
            if (name.Length == 0 || name.StartsWith('$') || name.Contains('.', StringComparison.Ordinal))
            {
                throw AggregationErrors.Location(40352, $"FieldPath field names may not start with '$' or contain '.': '{name}'");
            }

            if (value is not BsonArray stages)
            {
                throw AggregationErrors.Location(40170, $"arguments to $facet must be arrays, {name} is type {Expressions.TypeNames.Of(value)}");
            }

            foreach (var stage in stages)
            {
                var stageName = StageParsers.NameOf(stage);
                if (Forbidden.Contains(stageName))
                {
                    throw AggregationErrors.Location(40600, $"{stageName} is not allowed to be used within a $facet stage");
                }
            }

            facets.Add((name, StageParsers.ParseAll(stages)));
        }

        return new FacetStage(facets);
    }

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, StageContext context)
    {
        var buffered = input.ToList();
        var elements = facets.Select(f => new BsonElement(f.Name, new BsonArray(StageChain.Run(f.Stages, buffered, context).ToList())));
        yield return new BsonDocument(elements);
    }
}
