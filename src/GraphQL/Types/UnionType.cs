namespace Serverless.GraphQL.Types;

/// <summary>A union of object types (§3.8).</summary>
public sealed class UnionType : NamedType
{
    private readonly Lazy<IReadOnlyList<ObjectType>> _types;

    public UnionType(string name, Func<IEnumerable<ObjectType>> types)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(types);
        _types = new(() => [.. types()]);
    }

    /// <summary>The member types in declaration order (§3.8 UnionMemberTypes).</summary>
    public IReadOnlyList<ObjectType> Types => _types.Value;

    public override TypeKind Kind => TypeKind.Union;

    internal override IEnumerable<GraphQLType> ReferencedTypes => Types;

    public override bool IsInputType => false;

    public override bool IsOutputType => true;

    /// <summary>The host's resolution of a value to its member type (§6.4.4); null leaves it to the executor's default.</summary>
    public TypeResolver? ResolveType { get; init; }
}
