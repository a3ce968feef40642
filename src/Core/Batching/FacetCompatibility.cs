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

    // Operators whose outcome differs per evaluation: a narrowing $or would filter twice, changing the odds.
    private static readonly HashSet<string> RandomOperators = new(StringComparer.Ordinal) { "$rand", "$sampleRate" };

    /// <summary>
    /// True when the filter may also go into the batch's narrowing <c>{$match: {$or: [...]}}</c>: not empty (it
    /// would match everything, so there is nothing to narrow) and not random ($rand, $sampleRate), which would then
    /// be drawn twice per document.
    /// </summary>
    public static bool CanNarrow(BsonDocument filter) => filter.Count > 0 && !Contains(filter, RandomOperators);

    /// <summary>True when a find with this filter and sort returns the same as $match/$sort inside $facet.</summary>
    public static bool QueryCanRunInFacet(BsonDocument find, BsonDocument? sort) =>
        !Contains(find, FindOnlyOperators) && (sort is null || SortCanRunInFacet(sort));

    /// <summary>True when the pipeline can be a $facet sub-pipeline and return what it returns alone.</summary>
    public static bool PipelineCanRunInFacet(IReadOnlyList<BsonDocument> pipeline)
    {
        foreach (var stage in pipeline)
        {
            if (stage.Count != 1 || StagesNotAllowedInFacet.Contains(stage[0].Name))
            {
                return false;
            }

            if (stage[0] is { Name: "$match", Value: BsonDocument filter } && Contains(filter, FindOnlyOperators))
            {
                return false;
            }
        }

        return true;
    }

    // {$natural: ±1} is a find hint that $sort rejects; {$meta: ...} sorts need $text or $search.
    private static bool SortCanRunInFacet(BsonDocument sort) =>
        sort.All(key => key.Name != "$natural" && key.Value is not BsonDocument);

    // Loops, not Any(lambda): this runs on every key of every batch, and the closures and enumerators cost the HTTP
    // load benchmark's MoviesByTomatoesRateRange 4.6 KB of its 108 KB allocated per request (2026-11-22).
    private static bool Contains(BsonValue value, HashSet<string> operators)
    {
        switch (value)
        {
            case BsonDocument document:
                for (var i = 0; i < document.Count; i++)
                {
                    var element = document[i];
                    if (operators.Contains(element.Name) || Contains(element.Value, operators))
                    {
                        return true;
                    }
                }

                return false;
            case BsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (Contains(array[i], operators))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }
}
