namespace Serverless.GraphQL.Types;

/// <summary>Which object types belong to each abstract type, derived once from the type map.</summary>
internal sealed class PossibleTypeIndex
{
    private readonly Dictionary<InterfaceType, List<ImplementingType>> _implementations = [];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<NamedType, HashSet<NamedType>> _subTypes = new();

    public PossibleTypeIndex(IReadOnlyList<NamedType> types)
    {
        foreach (var type in types)
        {
            if (type is ImplementingType implementing)
            {
                foreach (var iface in implementing.Interfaces)
                {
                    if (!_implementations.TryGetValue(iface, out var list))
                    {
                        _implementations[iface] = list = [];
                    }

                    list.Add(implementing);
                }
            }
        }
    }

    public IReadOnlyList<ImplementingType> GetImplementations(InterfaceType iface) =>
        _implementations.TryGetValue(iface, out var list) ? list : [];

    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) => abstractType switch
    {
        UnionType union => union.Types,
        InterfaceType iface => [.. GetImplementations(iface).OfType<ObjectType>()],
        _ => [],
    };

    public bool IsSubType(NamedType abstractType, NamedType maybeSubType)
    {
        // Validation and execution ask this concurrently; each set is built once and only read afterwards.
        var set = _subTypes.GetOrAdd(abstractType, type =>
        {
            HashSet<NamedType> members = [.. GetPossibleTypes(type)];
            if (type is InterfaceType iface)
            {
                members.UnionWith(GetImplementations(iface).OfType<InterfaceType>());
            }

            return members;
        });
        return set.Contains(maybeSubType);
    }
}
