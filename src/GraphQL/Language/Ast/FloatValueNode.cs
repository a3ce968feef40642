namespace Serverless.GraphQL.Language;

/// <summary>A float literal (§2.9.2), kept as its source text so coercion decides the precision.</summary>
public sealed class FloatValueNode : ValueNode
{
    public FloatValueNode(Location location, string value)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    public override NodeKind Kind => NodeKind.FloatValue;

    public string Value { get; }

    public override TResult Accept<TResult>(ISyntaxVisitor<TResult> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        return visitor.Visit(this);
    }

    public override IEnumerable<SyntaxNode> GetChildren() => [];

    /// <summary>A copy of this node with <see cref="Value"/> replaced.</summary>
    public FloatValueNode WithValue(string value) => new(Location, value);
}
