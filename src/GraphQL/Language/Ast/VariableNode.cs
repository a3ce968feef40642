namespace Serverless.GraphQL.Language;

/// <summary>A variable reference `$name` (§2.10).</summary>
public sealed class VariableNode : ValueNode
{
    public VariableNode(Location location, NameNode name)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
    }

    public override NodeKind Kind => NodeKind.Variable;

    public NameNode Name { get; }

    public override TResult Accept<TResult>(ISyntaxVisitor<TResult> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        return visitor.Visit(this);
    }

    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return Name;
    }

    /// <summary>A copy of this node with <see cref="Name"/> replaced.</summary>
    public VariableNode WithName(NameNode name) => new(Location, name);
}
