namespace Serverless.GraphQL.Language;

/// <summary>A named type reference (§2.11).</summary>
public sealed class NamedTypeNode : TypeNode
{
    public NamedTypeNode(Location location, NameNode name)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
    }

    public override NodeKind Kind => NodeKind.NamedType;

    public NameNode Name { get; }

    public override TResult Accept<TResult>(ISyntaxVisitor<TResult> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        return visitor.Visit(this);
    }

    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return Name;
    }

    /// <summary>A copy of this node with <see cref="Name"/> replaced.</summary>
    public NamedTypeNode WithName(NameNode name) => new(Location, name);
}
