namespace Serverless.GraphQL.Language;

/// <summary>An integer literal (§2.9.1), kept as its source text so coercion decides the range.</summary>
public sealed class IntValueNode : ValueNode
{
    public IntValueNode(Location location, string value)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    public override NodeKind Kind => NodeKind.IntValue;

    public string Value { get; }

    public override TResult Accept<TResult>(ISyntaxVisitor<TResult> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        return visitor.Visit(this);
    }

    public override IEnumerable<SyntaxNode> GetChildren() => [];

    /// <summary>A copy of this node with <see cref="Value"/> replaced.</summary>
    public IntValueNode WithValue(string value) => new(Location, value);
}
