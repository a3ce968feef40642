namespace Serverless.GraphQL.Language;

/// <summary>A non-null type reference `Type!` (§2.11); its inner type is never itself non-null.</summary>
public sealed class NonNullTypeNode : TypeNode
{
    public NonNullTypeNode(Location location, TypeNode type)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(type);

        // §2.11: NonNullType is NamedType! or ListType!, never Type!!.
        if (type is NonNullTypeNode)
        {
            throw new ArgumentException("A non-null type cannot wrap another non-null type.", nameof(type));
        }

        Type = type;
    }

    public override NodeKind Kind => NodeKind.NonNullType;

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
    public NonNullTypeNode WithType(TypeNode type) => new(Location, type);
}
