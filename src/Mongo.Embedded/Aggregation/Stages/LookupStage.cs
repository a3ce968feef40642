using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation.Stages;

/// <summary>
/// $lookup (manual "$lookup"): a left outer join stored as an array in <c>as</c>. The equality form matches
/// foreign documents whose foreignField equals a value of the localField (arrays match element-wise; a
/// missing or null local value matches null or missing); it is a hash join built once per execution. The
/// pipeline form runs the sub-pipeline over the foreign collection with the <c>let</c> variables bound to
/// this document's values; the combined form runs it over the equality matches only.
/// </summary>
internal sealed class LookupStage(LookupSpec spec) : IPipelineStage
{
    public static LookupStage Parse(BsonValue specification) => new(LookupSpec.Parse(specification));

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, StageContext context)
    {
        IReadOnlyList<BsonDocument>? foreign = null;
        Dictionary<BsonValue, List<int>>? index = null;
        foreach (var document in input)
        {
            foreign ??= [.. context.Aggregation.Collections.Scan(spec.Database ?? context.Aggregation.Database, spec.From)];
            IEnumerable<BsonDocument> matches = foreign;
            if (spec.LocalField is not null)
            {
                index ??= BuildIndex(foreign, spec.ForeignField!);
                matches = EqualityMatches(document, foreign, index);
            }

            if (spec.Pipeline is not null)
            {
                var variables = context.Variables;
                foreach (var (name, value) in spec.Let)
                {
                    variables = variables.With(name, value.Evaluate(document, context.Variables) ?? BsonNull.Value);
                }

                matches = StageChain.Run(spec.Pipeline, matches, context with { Variables = variables });
            }

            yield return DocumentPathWriter.Set(document, spec.As, new BsonArray(matches.ToList()));
        }
    }

    // Every value the foreign path reaches (query semantics: array elements and the array), or null if none.
    private static Dictionary<BsonValue, List<int>> BuildIndex(IReadOnlyList<BsonDocument> foreign, BsonPath path)
    {
        var index = new Dictionary<BsonValue, List<int>>(BsonValueComparer.Instance);
        for (var i = 0; i < foreign.Count; i++)
        {
            var expansion = path.Expand(foreign[i]);
            IEnumerable<BsonValue> keys = expansion.IsMissing ? [BsonNull.Value] : expansion;
            foreach (var key in keys.Distinct(BsonValueComparer.Instance))
            {
                if (!index.TryGetValue(key, out var positions))
                {
                    index[key] = positions = [];
                }

                positions.Add(i);
            }
        }

        return index;
    }

    private IEnumerable<BsonDocument> EqualityMatches(BsonDocument document, IReadOnlyList<BsonDocument> foreign, Dictionary<BsonValue, List<int>> index)
    {
        var expansion = spec.LocalField!.Expand(document, BsonPathLeafArrays.ElementsOnly);
        IEnumerable<BsonValue> values = expansion.IsMissing ? [BsonNull.Value] : expansion;
        var positions = new SortedSet<int>();
        foreach (var value in values)
        {
            if (index.TryGetValue(value, out var found))
            {
                positions.UnionWith(found);
            }
        }

        return positions.Select(i => foreign[i]);
    }
}
