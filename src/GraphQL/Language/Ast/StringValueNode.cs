namespace Serverless.GraphQL.Language;

/// <summary>A string or block string literal (§2.9.4) with its escapes resolved and block indentation removed.</summary>
public sealed class StringValueNode : ValueNode
{
    public StringValueNode(Location location, string value, bool block)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
        Block = block;
    }

    public override NodeKind Kind => NodeKind.StringValue;

    public string Value { get; }

    public bool Block { get; }

    public override TResult Accept<TResult>(ISyntaxVisitor<TResult> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        return visitor.Visit(this);
    }

    public override IEnumerable<SyntaxNode> GetChildren() => [];

    /// <summary>A copy of this node with <see cref="Value"/> replaced.</summary>
    public StringValueNode WithValue(string value) => new(Location, value, Block);

    /// <summary>A copy of this node with <see cref="Block"/> replaced.</summary>
    public StringValueNode WithBlock(bool block) => new(Location, Value, block);
}
