namespace Serverless.GraphQL.Language;

/// <summary>A name (§2.1.9): the identifier of a field, type, argument, directive or variable.</summary>
public sealed class NameNode : SyntaxNode
{
    public NameNode(Location location, string value)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    public override NodeKind Kind => NodeKind.Name;

    public string Value { get; }

    public override TResult Accept<TResult>(ISyntaxVisitor<TResult> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        return visitor.Visit(this);
    }

    public override IEnumerable<SyntaxNode> GetChildren() => [];

    /// <summary>A copy of this node with <see cref="Value"/> replaced.</summary>
    public NameNode WithValue(string value) => new(Location, value);
}
