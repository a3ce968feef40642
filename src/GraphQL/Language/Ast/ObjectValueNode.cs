namespace Serverless.GraphQL.Language;

/// <summary>An input object literal `{ name: value }` (§2.9.8).</summary>
public sealed class ObjectValueNode : ValueNode
{
    public ObjectValueNode(Location location, IReadOnlyList<ObjectFieldNode> fields)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(fields);
        Fields = fields;
    }

    public override NodeKind Kind => NodeKind.ObjectValue;

    public IReadOnlyList<ObjectFieldNode> Fields { get; }

    public override TResult Accept<TResult>(ISyntaxVisitor<TResult> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        return visitor.Visit(this);
    }

    public override IEnumerable<SyntaxNode> GetChildren()
    {
        foreach (var child in Fields)
        {
            yield return child;
        }
    }

    /// <summary>A copy of this node with <see cref="Fields"/> replaced.</summary>
    public ObjectValueNode WithFields(IReadOnlyList<ObjectFieldNode> fields) => new(Location, fields);
}
