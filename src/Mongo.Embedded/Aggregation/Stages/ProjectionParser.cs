using Serverless.Bson;
using Serverless.Mongo.Embedded.Aggregation.Expressions;

namespace Serverless.Mongo.Embedded.Aggregation.Stages;

/// <summary>
/// Builds the <see cref="ProjectionNode"/> tree of a $project or $addFields specification (manual
/// "$project": in $project, numbers and booleans are inclusion/exclusion flags; in $addFields every value is
/// an expression). A sub-document that is not an operator expression describes the embedded document.
/// </summary>
internal static class ProjectionParser
{
    public static ProjectionNode Parse(BsonDocument specification, bool flagsAllowed)
    {
        var root = new ProjectionNode();
        Fill(root, specification, flagsAllowed, prefix: string.Empty);
        return root;
    }

    private static void Fill(ProjectionNode node, BsonDocument specification, bool flagsAllowed, string prefix)
    {
        foreach (var (name, value) in specification)
        {
            var fullPath = prefix + name;
            if (name.Length == 0 || name.StartsWith('$'))
            {
                throw AggregationErrors.Location(16410, $"Invalid $project :: caused by :: FieldPath field names may not start with '$'. Given '{fullPath}'");
            }

            var segments = name.Split('.');
            var target = node;
            for (var i = 0; i < segments.Length - 1; i++)
            {
                target = target.Child(segments[i], fullPath);
            }

            var last = segments[^1];
            if (flagsAllowed && (value is BsonBoolean || value.IsNumeric))
            {
                var include = TypeNames.IsTrue(value);
                target.Add(last, new ProjectionEntry(include ? ProjectionAction.Include : ProjectionAction.Exclude, null, null), fullPath);
            }
            else if (value is BsonDocument { Count: > 0 } sub && !sub[0].Name.StartsWith('$'))
            {
                Fill(target.Child(last, fullPath), sub, flagsAllowed, fullPath + ".");
            }
            else
            {
                target.Add(last, new ProjectionEntry(ProjectionAction.Compute, Expression.Parse(value), null), fullPath);
            }
        }
    }
}
