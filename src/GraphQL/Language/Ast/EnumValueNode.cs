namespace Serverless.GraphQL.Language;

/// <summary>An enum literal: a name other than true, false or null (§2.9.6).</summary>
public sealed class EnumValueNode : ValueNode
{
    public EnumValueNode(Location location, string value)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    public override NodeKind Kind => NodeKind.EnumValue;

    public string Value { get; }

    public override TResult Accept<TResult>(ISyntaxVisitor<TResult> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        return visitor.Visit(this);
    }

    public override IEnumerable<SyntaxNode> GetChildren() => [];

    /// <summary>A copy of this node with <see cref="Value"/> replaced.</summary>
    public EnumValueNode WithValue(string value) => new(Location, value);
}
