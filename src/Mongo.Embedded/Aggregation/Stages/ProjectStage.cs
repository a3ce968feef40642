using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation.Stages;

/// <summary>
/// $project and $unset (manual "$project", "$unset"). An inclusion projection keeps _id unless it is
/// excluded, the included fields and the computed ones; an exclusion projection drops the listed fields.
/// Mixing the two (other than excluding _id) is refused, as on the server.
/// </summary>
internal sealed class ProjectStage : IPipelineStage
{
    private readonly ProjectionNode _node;
    private readonly bool _exclusion;

    private ProjectStage(ProjectionNode node, bool exclusion)
    {
        _node = node;
        _exclusion = exclusion;
    }

    public static ProjectStage Parse(BsonValue specification)
    {
        if (specification is not BsonDocument spec)
        {
            throw AggregationErrors.Location(15969, "$project specification must be an object");
        }

        if (spec.Count == 0)
        {
            throw AggregationErrors.Location(51272, "Invalid $project :: caused by :: projection specification must have at least one field");
        }

        var node = ProjectionParser.Parse(spec, flagsAllowed: true);
        var withoutId = node.Entries.Where(e => e.Name != "_id").ToList();
        var excludes = withoutId.Any(e => e.Entry.Action == ProjectionAction.Exclude || (e.Entry.Child?.Any(ProjectionAction.Exclude) ?? false));
        var includes = withoutId.Any(e => e.Entry.Action is ProjectionAction.Include or ProjectionAction.Compute
            || (e.Entry.Child is { } child && (child.Any(ProjectionAction.Include) || child.Any(ProjectionAction.Compute))));
        if (excludes && includes)
        {
            throw AggregationErrors.Location(31254, "Invalid $project :: caused by :: Cannot do exclusion on field in inclusion projection");
        }

        var idEntry = node.Entries.FirstOrDefault(e => e.Name == "_id").Entry;
        var exclusion = excludes || (!includes && idEntry?.Action == ProjectionAction.Exclude);
        if (!exclusion && idEntry is null)
        {
            // Manual "$project": _id is included by default.
            node.Add("_id", new ProjectionEntry(ProjectionAction.Include, null, null), "_id");
        }

        return new ProjectStage(node, exclusion);
    }

    /// <summary>$unset: a field path or a list of them, as an exclusion projection (manual "$unset").</summary>
    public static ProjectStage ParseUnset(BsonValue specification)
    {
        IEnumerable<BsonValue> names = specification is BsonArray list ? list : [specification];
        var fields = names.Select(n => n is BsonString { Value.Length: > 0 } s
            ? new BsonElement(s.Value, 0)
            : throw AggregationErrors.Location(31120, "$unset specification must be a string or an array containing only string values")).ToList();
        return fields.Count == 0
            ? throw AggregationErrors.Location(31119, "$unset specification must be a string or an array with at least one field")
            : new ProjectStage(ProjectionParser.Parse(new BsonDocument(fields), flagsAllowed: true), exclusion: true);
    }

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, StageContext context) => _exclusion
        ? input.Select(_node.Exclude)
        : input.Select(document => _node.Include(document, document, context.Variables));
}
