namespace Serverless.GraphQL.Language;

/// <summary>An interface type extension (§3.7.1).</summary>
public sealed class InterfaceTypeExtensionNode : TypeExtensionNode
{
    public InterfaceTypeExtensionNode(Location location, NameNode name, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<FieldDefinitionNode> fields)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(interfaces);
        ArgumentNullException.ThrowIfNull(directives);
        ArgumentNullException.ThrowIfNull(fields);
        Name = name;
        Interfaces = interfaces;
        Directives = directives;
        Fields = fields;
    }

    public override NodeKind Kind => NodeKind.InterfaceTypeExtension;

    public override NameNode Name { get; }

    public IReadOnlyList<NamedTypeNode> Interfaces { get; }

    public override IReadOnlyList<DirectiveNode> Directives { get; }

    public IReadOnlyList<FieldDefinitionNode> Fields { get; }

    public override TResult Accept<TResult>(ISyntaxVisitor<TResult> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        return visitor.Visit(this);
    }

    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return Name;
        foreach (var child in Interfaces)
        {
            yield return child;
        }

        foreach (var child in Directives)
        {
            yield return child;
        }

        foreach (var child in Fields)
        {
            yield return child;
        }
    }

    /// <summary>A copy of this node with <see cref="Name"/> replaced.</summary>
    public InterfaceTypeExtensionNode WithName(NameNode name) => new(Location, name, Interfaces, Directives, Fields);

    /// <summary>A copy of this node with <see cref="Interfaces"/> replaced.</summary>
    public InterfaceTypeExtensionNode WithInterfaces(IReadOnlyList<NamedTypeNode> interfaces) => new(Location, Name, interfaces, Directives, Fields);

    /// <summary>A copy of this node with <see cref="Directives"/> replaced.</summary>
    public InterfaceTypeExtensionNode WithDirectives(IReadOnlyList<DirectiveNode> directives) => new(Location, Name, Interfaces, directives, Fields);

    /// <summary>A copy of this node with <see cref="Fields"/> replaced.</summary>
    public InterfaceTypeExtensionNode WithFields(IReadOnlyList<FieldDefinitionNode> fields) => new(Location, Name, Interfaces, Directives, fields);
}
