using Serverless.Bson;
using Serverless.Mongo.Embedded.Aggregation.Expressions;

namespace Serverless.Mongo.Embedded.Aggregation.Stages;

/// <summary>
/// One level of a $project / $addFields / $unset specification: per field, include, exclude, compute, or
/// descend into an embedded document (dotted names and sub-objects both become nested nodes).
/// </summary>
internal sealed class ProjectionNode
{
    private readonly List<(string Name, ProjectionEntry Entry)> _entries = [];

    public IReadOnlyList<(string Name, ProjectionEntry Entry)> Entries => _entries;

    public ProjectionNode Child(string name, string fullPath)
    {
        var index = _entries.FindIndex(e => e.Name == name);
        if (index < 0)
        {
            var child = new ProjectionNode();
            _entries.Add((name, new ProjectionEntry(ProjectionAction.Nested, null, child)));
            return child;
        }

        return _entries[index].Entry.Child ?? throw Collision(fullPath);
    }

    public void Add(string name, ProjectionEntry entry, string fullPath)
    {
        if (_entries.Exists(e => e.Name == name))
        {
            throw Collision(fullPath);
        }

        _entries.Add((name, entry));
    }

    public bool Any(ProjectionAction action) =>
        _entries.Exists(e => e.Entry.Action == action || (e.Entry.Child?.Any(action) ?? false));

    /// <summary>Inclusion: included and nested fields in the document's order, then computed ones (spec order).</summary>
    public BsonDocument Include(BsonDocument document, BsonDocument root, ExpressionVariables variables)
    {
        var elements = new List<BsonElement>();
        foreach (var (name, value) in document)
        {
            var entry = Find(name);
            if (entry?.Action == ProjectionAction.Include)
            {
                elements.Add(new BsonElement(name, value));
            }
            else if (entry?.Action == ProjectionAction.Nested && IncludeNested(value, entry.Child!, root, variables) is { } nested)
            {
                elements.Add(new BsonElement(name, nested));
            }
        }

        var result = new BsonDocument(elements);
        foreach (var (name, entry) in _entries)
        {
            if (entry.Action == ProjectionAction.Compute)
            {
                result = entry.Expression!.Evaluate(root, variables) is { } computed ? result.With(name, computed) : result.Without(name);
            }
            else if (entry.Action == ProjectionAction.Nested && !document.Contains(name) && entry.Child!.Any(ProjectionAction.Compute))
            {
                result = result.With(name, entry.Child.Include(BsonDocument.Empty, root, variables));
            }
        }

        return result;
    }

    /// <summary>Exclusion: every field but the excluded ones, descending into documents and arrays of them.</summary>
    public BsonDocument Exclude(BsonDocument document)
    {
        var elements = new List<BsonElement>(document.Count);
        foreach (var (name, value) in document)
        {
            var entry = Find(name);
            if (entry is null || entry.Action == ProjectionAction.Include)
            {
                elements.Add(new BsonElement(name, value));
            }
            else if (entry.Action == ProjectionAction.Nested)
            {
                elements.Add(new BsonElement(name, ExcludeNested(value, entry.Child!)));
            }
        }

        return new BsonDocument(elements);
    }

    /// <summary>$addFields: computed fields replace existing ones in place or are appended; nested ones merge.</summary>
    public BsonDocument Set(BsonDocument document, BsonDocument root, ExpressionVariables variables)
    {
        var result = document;
        foreach (var (name, entry) in _entries)
        {
            if (entry.Action == ProjectionAction.Compute)
            {
                result = entry.Expression!.Evaluate(root, variables) is { } value ? result.With(name, value) : result.Without(name);
            }
            else
            {
                result = result.With(name, SetNested(result.GetValueOrDefault(name), entry.Child!, root, variables));
            }
        }

        return result;
    }

    private static AggregationException Collision(string path) =>
        AggregationErrors.Location(31250, $"Invalid $project :: caused by :: Path collision at {path}");

    private static BsonValue ExcludeNested(BsonValue value, ProjectionNode child) => value switch
    {
        BsonDocument d => child.Exclude(d),
        BsonArray a => new BsonArray(a.Select(item => ExcludeNested(item, child))),
        _ => value,
    };

    private static BsonValue SetNested(BsonValue? value, ProjectionNode child, BsonDocument root, ExpressionVariables variables) => value switch
    {
        BsonDocument d => child.Set(d, root, variables),
        BsonArray a => new BsonArray(a.Select(item => SetNested(item, child, root, variables))),
        _ => child.Set(BsonDocument.Empty, root, variables),
    };

    private static BsonValue? IncludeNested(BsonValue value, ProjectionNode child, BsonDocument root, ExpressionVariables variables) => value switch
    {
        BsonDocument d => child.Include(d, root, variables),
        BsonArray a => new BsonArray(a.Select(item => IncludeNested(item, child, root, variables)).OfType<BsonValue>()),
        _ => child.Any(ProjectionAction.Compute) ? child.Include(BsonDocument.Empty, root, variables) : null,
    };

    private ProjectionEntry? Find(string name)
    {
        foreach (var (entryName, entry) in _entries)
        {
            if (entryName == name)
            {
                return entry;
            }
        }

        return null;
    }
}
