namespace Serverless.GraphQL.Language;

/// <summary>An enum type definition (§3.9).</summary>
public sealed class EnumTypeDefinitionNode : TypeDefinitionNode
{
    public EnumTypeDefinitionNode(Location location, StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<EnumValueDefinitionNode> values)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(directives);
        ArgumentNullException.ThrowIfNull(values);
        Description = description;
        Name = name;
        Directives = directives;
        Values = values;
    }

    public override NodeKind Kind => NodeKind.EnumTypeDefinition;

    public override StringValueNode? Description { get; }

    public override NameNode Name { get; }

    public override IReadOnlyList<DirectiveNode> Directives { get; }

    public IReadOnlyList<EnumValueDefinitionNode> Values { get; }

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

        foreach (var child in Values)
        {
            yield return child;
        }
    }

    /// <summary>A copy of this node with <see cref="Description"/> replaced.</summary>
    public EnumTypeDefinitionNode WithDescription(StringValueNode? description) => new(Location, description, Name, Directives, Values);

    /// <summary>A copy of this node with <see cref="Name"/> replaced.</summary>
    public EnumTypeDefinitionNode WithName(NameNode name) => new(Location, Description, name, Directives, Values);

    /// <summary>A copy of this node with <see cref="Directives"/> replaced.</summary>
    public EnumTypeDefinitionNode WithDirectives(IReadOnlyList<DirectiveNode> directives) => new(Location, Description, Name, directives, Values);

    /// <summary>A copy of this node with <see cref="Values"/> replaced.</summary>
    public EnumTypeDefinitionNode WithValues(IReadOnlyList<EnumValueDefinitionNode> values) => new(Location, Description, Name, Directives, values);
}
