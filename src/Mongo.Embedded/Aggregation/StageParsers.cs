using Serverless.Bson;
using Serverless.Mongo.Embedded.Aggregation.Stages;

namespace Serverless.Mongo.Embedded.Aggregation;

/// <summary>
/// Stage parsers by name (manual "Aggregation Stages"). Names MongoDB has but this server does not
/// implement are refused with NotImplemented (238); other names fail with 40324, as on the server.
/// </summary>
internal static class StageParsers
{
    private static readonly Dictionary<string, Func<BsonValue, IPipelineStage>> Parsers = new(StringComparer.Ordinal)
    {
        ["$match"] = MatchStage.Parse,
        ["$project"] = ProjectStage.Parse,
        ["$addFields"] = AddFieldsStage.Parse,
        ["$set"] = AddFieldsStage.Parse,
        ["$unset"] = ProjectStage.ParseUnset,
        ["$unwind"] = UnwindStage.Parse,
        ["$replaceRoot"] = ReplaceRootStage.Parse,
        ["$replaceWith"] = ReplaceRootStage.ParseReplaceWith,
        ["$group"] = GroupStage.Parse,
        ["$count"] = CountStage.Parse,
        ["$sort"] = SortStage.Parse,
        ["$skip"] = SkipStage.Parse,
        ["$limit"] = LimitStage.Parse,
        ["$lookup"] = LookupStage.Parse,
        ["$facet"] = FacetStage.Parse,
        ["$sortByCount"] = SortByCountStage.Parse,
        ["$bucket"] = BucketStage.Parse,
        ["$sample"] = SampleStage.Parse,
        ["$unionWith"] = UnionWithStage.Parse,
        ["$redact"] = RedactStage.Parse,
        ["$documents"] = DocumentsStage.Parse,
        ["$listLocalSessions"] = ListLocalSessionsStage.Parse,
    };

    // Stages of MongoDB 8.0 this server does not implement (manual "Aggregation Stages").
    private static readonly HashSet<string> KnownUnsupported = new(StringComparer.Ordinal)
    {
        "$bucketAuto", "$changeStream", "$changeStreamSplitLargeEvent", "$collStats", "$currentOp", "$densify",
        "$fill", "$geoNear", "$graphLookup", "$indexStats", "$listSampledQueries",
        "$listSearchIndexes", "$listSessions", "$merge", "$out", "$planCacheStats", "$querySettings",
        "$search", "$searchMeta", "$setWindowFields", "$shardedDataDistribution", "$vectorSearch",
    };

    /// <summary>Parses a list of stage documents, each <c>{$name: specification}</c>.</summary>
    public static IReadOnlyList<IPipelineStage> ParseAll(BsonArray stages)
    {
        var parsed = new List<IPipelineStage>(stages.Count);
        foreach (var stage in stages)
        {
            // Source stages that read server state replace the input, so the server only accepts them first.
            if (parsed.Count > 0 && NameOf(stage) is "$listLocalSessions" and var name)
            {
                throw AggregationErrors.Location(40602, $"{name} is only valid as the first stage in a pipeline");
            }

            parsed.Add(ParseOne(stage));
        }

        return parsed;
    }

    /// <summary>The stage's name, after checking it is a one-field document.</summary>
    public static string NameOf(BsonValue stage) => stage is BsonDocument { Count: 1 } spec
        ? spec[0].Name
        : throw AggregationErrors.Location(40323, "A pipeline stage specification object must contain exactly one field.");

    private static IPipelineStage ParseOne(BsonValue stage)
    {
        var name = NameOf(stage);
        if (Parsers.TryGetValue(name, out var parse))
        {
            return parse(((BsonDocument)stage)[0].Value);
        }

        throw KnownUnsupported.Contains(name)
            ? AggregationErrors.NotImplemented($"the {name} stage")
            : AggregationErrors.Location(40324, $"Unrecognized pipeline stage name: '{name}'");
    }
}
