namespace Serverless.GraphQL.Types;

/// <summary>Collects every named type reachable from a set of roots, in first-seen order (graphql-js type map order).</summary>
internal sealed class TypeMapCollector
{
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly List<NamedType> _order = [];
    private readonly Dictionary<string, NamedType> _reserved = new(StringComparer.Ordinal);

    public IReadOnlyList<NamedType> Ordered => _order;

    public IReadOnlyDictionary<string, NamedType> Map => _types;

    /// <summary>
    /// Adds explicitly listed types in their order; types they reference are appended when first met unless they are
    /// listed themselves (then they keep their listed position), as graphql-js orders its type map.
    /// </summary>
    public void AddExplicit(IEnumerable<NamedType> types)
    {
        var listed = types.ToList();
        foreach (var type in listed)
        {
            Reserve(type);
        }

        foreach (var type in listed.Where(type => !_order.Contains(type)))
        {
            _order.Add(type);
            VisitChildren(type);
        }
    }

    public void Add(GraphQLType? type)
    {
        if (type is null)
        {
            return;
        }

        var named = type.Named;
        if (_reserved.TryGetValue(named.Name, out var reserved))
        {
            EnsureSame(reserved, named);
            return;
        }

        if (_types.TryGetValue(named.Name, out var existing))
        {
            EnsureSame(existing, named);
            return;
        }

        _types.Add(named.Name, named);
        _order.Add(named);
        VisitChildren(named);
    }

    public void AddArguments(IEnumerable<InputValue> arguments)
    {
        foreach (var argument in arguments)
        {
            Add(argument.Type);
        }
    }

    private static void EnsureSame(NamedType existing, NamedType named)
    {
        if (!ReferenceEquals(existing, named))
        {
            throw new ArgumentException($"Schema must contain uniquely named types but contains multiple types named \"{named.Name}\".");
        }
    }

    private void Reserve(NamedType type)
    {
        if (_types.TryGetValue(type.Name, out var existing))
        {
            EnsureSame(existing, type);
            return;
        }

        _types.Add(type.Name, type);
        _reserved.Add(type.Name, type);
    }

    private void VisitChildren(NamedType type)
    {
        foreach (var referenced in type.ReferencedTypes)
        {
            Add(referenced);
        }
    }
}
