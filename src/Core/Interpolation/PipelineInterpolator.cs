using Serverless.Bson;
using Serverless.Core.Definitions;

namespace Serverless.Core.Interpolation;

/// <summary>
/// The pipeline of one invocation of an aggregation mapping (§7.1 step 3): optional stages first (<c>$ifarg</c>),
/// then <c>$arg</c>, then <c>$fk</c> in each stage. A stage that is not a document afterwards (e.g. a whole-stage
/// <c>$arg</c> bound to a string) is the field error <c>invalid stage: &lt;relaxed json&gt;</c>.
/// </summary>
public static class PipelineInterpolator
{
    public static IReadOnlyList<BsonDocument> Interpolate(AggregationMapping mapping, BsonDocument arguments, BsonDocument? parent)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(arguments);
        var pipeline = new List<BsonDocument>(mapping.Stages.Count);
        foreach (var stage in OptionalStages.Resolve(mapping.Stages, arguments))
        {
            var interpolated = ForeignKeyInterpolator.Interpolate(ArgInterpolator.Interpolate(stage, arguments), parent);
            pipeline.Add(interpolated as BsonDocument ?? throw new MappingException($"invalid stage: {interpolated}"));
        }

        return pipeline;
    }
}
