namespace Serverless.GraphQL.Language;

/// <summary>A list literal `[ … ]` (§2.9.7).</summary>
public sealed class ListValueNode : ValueNode
{
    public ListValueNode(Location location, IReadOnlyList<ValueNode> values)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(values);
        Values = values;
    }

    public override NodeKind Kind => NodeKind.ListValue;

    public IReadOnlyList<ValueNode> Values { get; }

    public override TResult Accept<TResult>(ISyntaxVisitor<TResult> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        return visitor.Visit(this);
    }

    public override IEnumerable<SyntaxNode> GetChildren()
    {
        foreach (var child in Values)
        {
            yield return child;
        }
    }

    /// <summary>A copy of this node with <see cref="Values"/> replaced.</summary>
    public ListValueNode WithValues(IReadOnlyList<ValueNode> values) => new(Location, values);
}
