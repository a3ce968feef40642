using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Query;

/// <summary>One level of a parsed projection: either a leaf action or the projections of sub-fields.</summary>
internal sealed class ProjectionNode
{
    public Dictionary<string, ProjectionNode> Children { get; } = new(StringComparer.Ordinal);

    public ProjectionLeaf? Leaf { get; set; }

    public BsonDocument ApplyToDocument(BsonDocument document, BsonDocument root, QueryFilter? filter, bool inclusion, bool keepIdByDefault)
    {
        var elements = new List<BsonElement>(document.Count);
        foreach (var (name, value) in document)
        {
            if (!Children.TryGetValue(name, out var child))
            {
                if (!inclusion || (keepIdByDefault && name == "_id"))
                {
                    elements.Add(new(name, value));
                }

                continue;
            }

            if (child.ApplyToValue(value, root, filter, inclusion) is { } projected)
            {
                elements.Add(new(name, projected));
            }
        }

        return new BsonDocument(elements);
    }

    private BsonValue? ApplyToValue(BsonValue value, BsonDocument root, QueryFilter? filter, bool inclusion)
    {
        if (Leaf is not null)
        {
            return Leaf.Apply(value, root, filter);
        }

        return value switch
        {
            BsonDocument document => ApplyToDocument(document, root, filter, inclusion, keepIdByDefault: false),
            BsonArray array => ApplyToArray(array, root, filter, inclusion),
            // A sub-field projection on a scalar: inclusion finds nothing there, exclusion removes nothing.
            _ => inclusion ? null : value,
        };
    }

    /// <summary>Sub-field projections apply to each document of an array (manual "Project Specific Array Elements").</summary>
    private BsonArray ApplyToArray(BsonArray array, BsonDocument root, QueryFilter? filter, bool inclusion)
    {
        var items = new List<BsonValue>(array.Count);
        foreach (var item in array)
        {
            if (ApplyToValue(item, root, filter, inclusion) is { } projected)
            {
                items.Add(projected);
            }
        }

        return new BsonArray(items);
    }
}
