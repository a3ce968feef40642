namespace Serverless.GraphQL.Language;

/// <summary>One value of an enum type definition (§3.9).</summary>
public sealed class EnumValueDefinitionNode : SyntaxNode
{
    public EnumValueDefinitionNode(Location location, StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(directives);
        Description = description;
        Name = name;
        Directives = directives;
    }

    public override NodeKind Kind => NodeKind.EnumValueDefinition;

    public StringValueNode? Description { get; }

    public NameNode Name { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }

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
    }

    /// <summary>A copy of this node with <see cref="Description"/> replaced.</summary>
    public EnumValueDefinitionNode WithDescription(StringValueNode? description) => new(Location, description, Name, Directives);

    /// <summary>A copy of this node with <see cref="Name"/> replaced.</summary>
    public EnumValueDefinitionNode WithName(NameNode name) => new(Location, Description, name, Directives);

    /// <summary>A copy of this node with <see cref="Directives"/> replaced.</summary>
    public EnumValueDefinitionNode WithDirectives(IReadOnlyList<DirectiveNode> directives) => new(Location, Description, Name, directives);
}
