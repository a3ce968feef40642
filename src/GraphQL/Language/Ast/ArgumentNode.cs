namespace Serverless.GraphQL.Language;

/// <summary>An argument `name: value` (§2.6).</summary>
public sealed class ArgumentNode : SyntaxNode
{
    public ArgumentNode(Location location, NameNode name, ValueNode value)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        Name = name;
        Value = value;
    }

    public override NodeKind Kind => NodeKind.Argument;

    public NameNode Name { get; }

    public ValueNode Value { get; }

    public override TResult Accept<TResult>(ISyntaxVisitor<TResult> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        return visitor.Visit(this);
    }

    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return Name;
        yield return Value;
    }

    /// <summary>A copy of this node with <see cref="Name"/> replaced.</summary>
    public ArgumentNode WithName(NameNode name) => new(Location, name, Value);

    /// <summary>A copy of this node with <see cref="Value"/> replaced.</summary>
    public ArgumentNode WithValue(ValueNode value) => new(Location, Name, value);
}
