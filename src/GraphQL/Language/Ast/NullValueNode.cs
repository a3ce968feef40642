namespace Serverless.GraphQL.Language;

/// <summary>The literal `null` (§2.9.5).</summary>
public sealed class NullValueNode : ValueNode
{
    public NullValueNode(Location location)
        : base(location)
    {
    }

    public override NodeKind Kind => NodeKind.NullValue;

    public override TResult Accept<TResult>(ISyntaxVisitor<TResult> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        return visitor.Visit(this);
    }

    public override IEnumerable<SyntaxNode> GetChildren() => [];
}
