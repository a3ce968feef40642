namespace Serverless.GraphQL.Language;

/// <summary>An object type definition (§3.6).</summary>
public sealed class ObjectTypeDefinitionNode : TypeDefinitionNode
{
    public ObjectTypeDefinitionNode(Location location, StringValueNode? description, NameNode name, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<FieldDefinitionNode> fields)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(interfaces);
        ArgumentNullException.ThrowIfNull(directives);
        ArgumentNullException.ThrowIfNull(fields);
        Description = description;
        Name = name;
        Interfaces = interfaces;
        Directives = directives;
        Fields = fields;
    }

    public override NodeKind Kind => NodeKind.ObjectTypeDefinition;

    public override StringValueNode? Description { get; }

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
        if (Description is not null)
        {
            yield return Description;
        }

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

    /// <summary>A copy of this node with <see cref="Description"/> replaced.</summary>
    public ObjectTypeDefinitionNode WithDescription(StringValueNode? description) => new(Location, description, Name, Interfaces, Directives, Fields);

    /// <summary>A copy of this node with <see cref="Name"/> replaced.</summary>
    public ObjectTypeDefinitionNode WithName(NameNode name) => new(Location, Description, name, Interfaces, Directives, Fields);

    /// <summary>A copy of this node with <see cref="Interfaces"/> replaced.</summary>
    public ObjectTypeDefinitionNode WithInterfaces(IReadOnlyList<NamedTypeNode> interfaces) => new(Location, Description, Name, interfaces, Directives, Fields);

    /// <summary>A copy of this node with <see cref="Directives"/> replaced.</summary>
    public ObjectTypeDefinitionNode WithDirectives(IReadOnlyList<DirectiveNode> directives) => new(Location, Description, Name, Interfaces, directives, Fields);

    /// <summary>A copy of this node with <see cref="Fields"/> replaced.</summary>
    public ObjectTypeDefinitionNode WithFields(IReadOnlyList<FieldDefinitionNode> fields) => new(Location, Description, Name, Interfaces, Directives, fields);
}
