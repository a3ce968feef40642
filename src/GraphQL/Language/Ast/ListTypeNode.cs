namespace Serverless.GraphQL.Language;

/// <summary>A list type reference `[Type]` (§2.11).</summary>
public sealed class ListTypeNode : TypeNode
{
    public ListTypeNode(Location location, TypeNode type)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(type);
        Type = type;
    }

    public override NodeKind Kind => NodeKind.ListType;

    public TypeNode Type { get; }

    public override TResult Accept<TResult>(ISyntaxVisitor<TResult> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        return visitor.Visit(this);
    }

    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return Type;
    }

    /// <summary>A copy of this node with <see cref="Type"/> replaced.</summary>
    public ListTypeNode WithType(TypeNode type) => new(Location, type);
}
