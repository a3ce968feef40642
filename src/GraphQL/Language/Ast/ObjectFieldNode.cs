namespace Serverless.GraphQL.Language;

/// <summary>One `name: value` entry of an input object literal (§2.9.8).</summary>
public sealed class ObjectFieldNode : SyntaxNode
{
    public ObjectFieldNode(Location location, NameNode name, ValueNode value)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        Name = name;
        Value = value;
    }

    public override NodeKind Kind => NodeKind.ObjectField;

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
    public ObjectFieldNode WithName(NameNode name) => new(Location, name, Value);

    /// <summary>A copy of this node with <see cref="Value"/> replaced.</summary>
    public ObjectFieldNode WithValue(ValueNode value) => new(Location, Name, value);
}
