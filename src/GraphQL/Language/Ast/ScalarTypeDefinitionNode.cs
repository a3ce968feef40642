namespace Serverless.GraphQL.Language;

/// <summary>A scalar type definition (§3.5).</summary>
public sealed class ScalarTypeDefinitionNode : TypeDefinitionNode
{
    public ScalarTypeDefinitionNode(Location location, StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(directives);
        Description = description;
        Name = name;
        Directives = directives;
    }

    public override NodeKind Kind => NodeKind.ScalarTypeDefinition;

    public override StringValueNode? Description { get; }

    public override NameNode Name { get; }

    public override IReadOnlyList<DirectiveNode> Directives { get; }

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
    public ScalarTypeDefinitionNode WithDescription(StringValueNode? description) => new(Location, description, Name, Directives);

    /// <summary>A copy of this node with <see cref="Name"/> replaced.</summary>
    public ScalarTypeDefinitionNode WithName(NameNode name) => new(Location, Description, name, Directives);

    /// <summary>A copy of this node with <see cref="Directives"/> replaced.</summary>
    public ScalarTypeDefinitionNode WithDirectives(IReadOnlyList<DirectiveNode> directives) => new(Location, Description, Name, directives);
}
