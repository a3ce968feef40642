using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Query;

/// <summary>Builds the <see cref="ProjectionNode"/> tree and decides between inclusion and exclusion.</summary>
internal sealed class ProjectionParser
{
    // Manual "Projection Operators"; $meta needs text or vector search, which the embedded server lacks.
    private static readonly Dictionary<string, Func<string, BsonValue, ProjectionLeaf>> Operators = new(StringComparer.Ordinal)
    {
        ["$slice"] = (_, argument) => Slice(argument),
        ["$elemMatch"] = ElemMatch,
        ["$meta"] = (_, _) => throw QueryErrors.NotImplemented("$meta projections are not supported by the embedded server."),
    };

    public ProjectionNode Root { get; } = new();

    /// <summary>Inclusion (true) or exclusion (false), fixed by the first field that is not <c>_id</c>.</summary>
    public bool? Mode { get; private set; }

    public ProjectionLeaf? IdLeaf { get; private set; }

    public bool HasPositional { get; private set; }

    public void AddAll(BsonDocument projection, string? prefix)
    {
        foreach (var (name, value) in projection)
        {
            var path = prefix is null ? name : prefix + "." + name;
            if (name.StartsWith('$'))
            {
                throw QueryErrors.BadValue($"Unknown projection operator or field name starting with '$': {path}");
            }

            if (value is BsonDocument nested && (nested.Count == 0 || !nested[0].Name.StartsWith('$')))
            {
                // Manual "Projection": {a: {b: 1}} is the same as {"a.b": 1}.
                if (nested.Count == 0)
                {
                    throw QueryErrors.Location(51270, $"An empty sub-projection is not a valid value. Found empty object at path {path}");
                }

                AddAll(nested, path);
                continue;
            }

            Add(path, value);
        }
    }

    private void Add(string path, BsonValue value)
    {
        var segments = path.Split('.');
        if (segments.Any(s => s.Length == 0))
        {
            throw QueryErrors.BadValue($"Projection path '{path}' has an empty field name.");
        }

        ProjectionLeaf leaf;
        if (segments[^1] == "$")
        {
            leaf = Positional(path, segments);
            segments = segments[..^1];
        }
        else if (Array.IndexOf(segments, "$") >= 0)
        {
            throw QueryErrors.BadValue($"Positional projection '{path}' contains the positional operator in the middle; it may only be the last segment.");
        }
        else
        {
            leaf = LeafFor(path, value);
        }

        if (path == "_id")
        {
            IdLeaf = leaf;
        }
        else if (leaf.IsInclusion is { } isInclusion)
        {
            Mode ??= isInclusion;
            if (Mode != isInclusion)
            {
                throw isInclusion
                    ? QueryErrors.Location(31253, $"Cannot do inclusion on field {path} in exclusion projection")
                    : QueryErrors.Location(31254, $"Cannot do exclusion on field {path} in inclusion projection");
            }
        }

        Insert(path, segments, leaf);
    }

    private PositionalLeaf Positional(string path, string[] segments)
    {
        if (HasPositional)
        {
            throw QueryErrors.Location(31276, "Cannot specify more than one positional projection per query.");
        }

        if (segments.Length < 2)
        {
            throw QueryErrors.BadValue("The positional projection '$' needs an array field before it, as in 'grades.$'.");
        }

        HasPositional = true;
        return new PositionalLeaf(BsonPath.Parse(string.Join('.', segments[..^1])));
    }

    private static ProjectionLeaf LeafFor(string path, BsonValue value)
    {
        if (value is BsonBoolean || value.IsNumeric)
        {
            return NumericValues.IsTruthy(value) ? new IncludeLeaf() : new ExcludeLeaf();
        }

        if (value is not BsonDocument { Count: 1 } operation)
        {
            throw QueryErrors.NotImplemented(
                $"Projection value for '{path}' is an aggregation expression ({value}); the embedded server supports only 0/1/true/false, $slice and $elemMatch.");
        }

        var (name, argument) = operation[0];
        return Operators.TryGetValue(name, out var parse)
            ? parse(path, argument)
            : throw QueryErrors.BadValue($"Unknown projection operator {name} for field '{path}'");
    }

    private static ElemMatchLeaf ElemMatch(string path, BsonValue argument)
    {
        if (path.Contains('.', StringComparison.Ordinal))
        {
            throw QueryErrors.BadValue("Cannot use $elemMatch projection on a nested field.");
        }

        return argument is BsonDocument condition
            ? new ElemMatchLeaf(FilterParser.Parse(condition))
            : throw QueryErrors.BadValue("elemMatch: Invalid argument, object required.");
    }

    private static SliceLeaf Slice(BsonValue argument)
    {
        if (argument.IsNumeric)
        {
            return NumericValues.TryGetExactInt32(argument, out var count)
                ? SliceLeaf.FromCount(count)
                : throw QueryErrors.BadValue($"$slice argument must be a whole number, found: {argument}");
        }

        if (argument is BsonArray { Count: 2 } pair
            && NumericValues.TryGetExactInt32(pair[0], out var skip)
            && NumericValues.TryGetExactInt32(pair[1], out var limit))
        {
            return limit > 0
                ? new SliceLeaf(skip, limit)
                : throw QueryErrors.Location(28724, "Second argument to $slice must be a positive number");
        }

        throw QueryErrors.Location(28667, "Argument to $slice must be a number or an array of two numbers [skip, limit]");
    }

    private void Insert(string path, string[] segments, ProjectionLeaf leaf)
    {
        var node = Root;
        foreach (var segment in segments)
        {
            if (node.Leaf is not null)
            {
                throw QueryErrors.Location(31250, $"Path collision at {path}");
            }

            if (!node.Children.TryGetValue(segment, out var child))
            {
                child = new ProjectionNode();
                node.Children.Add(segment, child);
            }

            node = child;
        }

        if (node.Leaf is not null || node.Children.Count > 0)
        {
            throw QueryErrors.Location(31250, $"Path collision at {path}");
        }

        node.Leaf = leaf;
    }
}
