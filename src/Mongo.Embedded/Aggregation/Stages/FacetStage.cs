using System.Globalization;
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

    // The server's limit for documents it builds (BSONObjMaxInternalSize: 16 MB plus 16 KB of headroom).
    private const int MaxInternalDocumentSize = (16 * 1024 * 1024) + (16 * 1024);

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, StageContext context)
    {
        var buffered = input.ToList();
        var elements = facets.Select(f => new BsonElement(f.Name, new BsonArray(StageChain.Run(f.Stages, buffered, context).ToList())));
        var result = new BsonDocument(elements);
        // The facet's one output document is a BSON document like any other: past the size limit the server
        // fails the command with BSONObjectTooLarge (e.g. two branches of 9 MB each), where the same
        // pipelines run alone would stream their documents in batches.
        var size = BsonCodec.Encode(result).Length;
        if (size > MaxInternalDocumentSize)
        {
            throw new AggregationException(10334, "BSONObjectTooLarge", string.Create(CultureInfo.InvariantCulture, $"BSONObj size: {size} (0x{size:X}) is invalid. Size must be between 0 and {MaxInternalDocumentSize}(16MB) First element: {result[0].Name}: ..."));
        }

        yield return result;
    }
}
