namespace Serverless.GraphQL.Language;

/// <summary>A union type extension (§3.8.1).</summary>
public sealed class UnionTypeExtensionNode : TypeExtensionNode
{
    public UnionTypeExtensionNode(Location location, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<NamedTypeNode> types)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(directives);
        ArgumentNullException.ThrowIfNull(types);
        Name = name;
        Directives = directives;
        Types = types;
    }

    public override NodeKind Kind => NodeKind.UnionTypeExtension;

    public override NameNode Name { get; }

    public override IReadOnlyList<DirectiveNode> Directives { get; }

    public IReadOnlyList<NamedTypeNode> Types { get; }

    public override TResult Accept<TResult>(ISyntaxVisitor<TResult> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        return visitor.Visit(this);
    }

    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return Name;
        foreach (var child in Directives)
        {
            yield return child;
        }

        foreach (var child in Types)
        {
            yield return child;
        }
    }

    /// <summary>A copy of this node with <see cref="Name"/> replaced.</summary>
    public UnionTypeExtensionNode WithName(NameNode name) => new(Location, name, Directives, Types);

    /// <summary>A copy of this node with <see cref="Directives"/> replaced.</summary>
    public UnionTypeExtensionNode WithDirectives(IReadOnlyList<DirectiveNode> directives) => new(Location, Name, directives, Types);

    /// <summary>A copy of this node with <see cref="Types"/> replaced.</summary>
    public UnionTypeExtensionNode WithTypes(IReadOnlyList<NamedTypeNode> types) => new(Location, Name, Directives, types);
}
