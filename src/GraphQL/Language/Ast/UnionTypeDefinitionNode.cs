namespace Serverless.GraphQL.Language;

/// <summary>A union type definition (§3.8).</summary>
public sealed class UnionTypeDefinitionNode : TypeDefinitionNode
{
    public UnionTypeDefinitionNode(Location location, StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<NamedTypeNode> types)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(directives);
        ArgumentNullException.ThrowIfNull(types);
        Description = description;
        Name = name;
        Directives = directives;
        Types = types;
    }

    public override NodeKind Kind => NodeKind.UnionTypeDefinition;

    public override StringValueNode? Description { get; }

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
        if (Description is not null)
        {
            yield return Description;
        }

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

    /// <summary>A copy of this node with <see cref="Description"/> replaced.</summary>
    public UnionTypeDefinitionNode WithDescription(StringValueNode? description) => new(Location, description, Name, Directives, Types);

    /// <summary>A copy of this node with <see cref="Name"/> replaced.</summary>
    public UnionTypeDefinitionNode WithName(NameNode name) => new(Location, Description, name, Directives, Types);

    /// <summary>A copy of this node with <see cref="Directives"/> replaced.</summary>
    public UnionTypeDefinitionNode WithDirectives(IReadOnlyList<DirectiveNode> directives) => new(Location, Description, Name, directives, Types);

    /// <summary>A copy of this node with <see cref="Types"/> replaced.</summary>
    public UnionTypeDefinitionNode WithTypes(IReadOnlyList<NamedTypeNode> types) => new(Location, Description, Name, Directives, types);
}
