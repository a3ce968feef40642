using Serverless.Bson;

namespace Serverless.Core.Batching;

/// <summary>
/// Which keys can share a $facet batch (§9.4). A key that cannot is run alone, exactly as un-batched, so the
/// batch never turns a working query into an error.
/// </summary>
internal static class FacetCompatibility
{
    // Manual "$facet", Behavior: these stages cannot be used inside a sub-pipeline; the $search family, change
    // streams and the listing/diagnostic stages must be the first stage of the whole pipeline.
    private static readonly HashSet<string> StagesNotAllowedInFacet = new(StringComparer.Ordinal)
    {
        "$collStats", "$facet", "$geoNear", "$indexStats", "$out", "$merge", "$planCacheStats",
        "$search", "$searchMeta", "$vectorSearch", "$rankFusion", "$scoreFusion", "$listSearchIndexes",
        "$changeStream", "$changeStreamSplitLargeEvent", "$currentOp", "$listSessions", "$listLocalSessions",
        "$listSampledQueries", "$documents", "$queryStats", "$shardedDataDistribution", "$querySettings",
    };

    // Query operators that a find accepts but an aggregation $match inside $facet does not: $text must be in
    // the first stage of a pipeline, $near/$nearSphere need $geoNear in aggregations, $where is not allowed in
    // $match (manual "$match", Restrictions).
    private static readonly HashSet<string> FindOnlyOperators = new(StringComparer.Ordinal)
    {
        "$text", "$near", "$nearSphere", "$where",
    };

    /// <summary>True when a find with this filter and sort returns the same as $match/$sort inside $facet.</summary>
    public static bool QueryCanRunInFacet(BsonDocument find, BsonDocument? sort) =>
        !ContainsOperator(find) && (sort is null || SortCanRunInFacet(sort));

    /// <summary>True when the pipeline can be a $facet sub-pipeline and return what it returns alone.</summary>
    public static bool PipelineCanRunInFacet(IReadOnlyList<BsonDocument> pipeline)
    {
        foreach (var stage in pipeline)
        {
            if (stage.Count != 1 || StagesNotAllowedInFacet.Contains(stage[0].Name))
            {
                return false;
            }

            if (stage[0] is { Name: "$match", Value: BsonDocument filter } && ContainsOperator(filter))
            {
                return false;
            }
        }

        return true;
    }

    // {$natural: ±1} is a find hint that $sort rejects; {$meta: ...} sorts need $text or $search.
    private static bool SortCanRunInFacet(BsonDocument sort) =>
        sort.All(key => key.Name != "$natural" && key.Value is not BsonDocument);

    private static bool ContainsOperator(BsonValue value) => value switch
    {
        BsonDocument document => document.Any(element => FindOnlyOperators.Contains(element.Name) || ContainsOperator(element.Value)),
        BsonArray array => array.Any(ContainsOperator),
        _ => false,
    };
}
