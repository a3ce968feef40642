namespace Serverless.GraphQL.Language;

/// <summary>`true` or `false` (§2.9.3).</summary>
public sealed class BooleanValueNode : ValueNode
{
    public BooleanValueNode(Location location, bool value)
        : base(location)
    {
        Value = value;
    }

    public override NodeKind Kind => NodeKind.BooleanValue;

    public bool Value { get; }

    public override TResult Accept<TResult>(ISyntaxVisitor<TResult> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        return visitor.Visit(this);
    }

    public override IEnumerable<SyntaxNode> GetChildren() => [];

    /// <summary>A copy of this node with <see cref="Value"/> replaced.</summary>
    public BooleanValueNode WithValue(bool value) => new(Location, value);
}
