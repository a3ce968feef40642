namespace Serverless.Mongo.Topology.Selection;

/// <summary>Server Selection spec, "tag_sets": eligibility from an ordered tag set list.</summary>
internal static class TagSetFilter
{
    /// <summary>
    /// With no tag sets every candidate is eligible; otherwise the first tag set matching at least one candidate
    /// decides, later ones being ignored; when none matches, nothing is eligible.
    /// </summary>
    public static IReadOnlyList<ServerDescription> Apply(IReadOnlyList<ServerDescription> candidates, IReadOnlyList<TagSet> tagSets)
    {
        if (tagSets.Count == 0)
        {
            return candidates;
        }

        foreach (var tagSet in tagSets)
        {
            ServerDescription[] matching = [.. candidates.Where(server => tagSet.IsSubsetOf(server.Tags))];
            if (matching.Length > 0)
            {
                return matching;
            }
        }

        return [];
    }
}
