using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Validation.Overlap;

/// <summary>
/// A selection set's fields by response name, inline fragments flattened, and its fragment spreads (not followed).
/// Instances are cached, so reference identity means "the same selection set on the same type".
/// </summary>
internal sealed class CollectedFields
{
    public Dictionary<string, List<FieldDetails>> ByResponseName { get; } = new(StringComparer.Ordinal);

    /// <summary>Response names in first-seen order (graphql-js Map iteration order).</summary>
    public List<string> ResponseNames { get; } = [];

    public List<FragmentSpreadNode> Spreads { get; } = [];

    public void Add(string responseName, FieldDetails field)
    {
        if (!ByResponseName.TryGetValue(responseName, out var list))
        {
            list = [];
            ByResponseName[responseName] = list;
            ResponseNames.Add(responseName);
        }

        list.Add(field);
    }
}
