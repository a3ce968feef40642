namespace Serverless.GraphQL.Language;

/// <summary>A selection set `{ … }` (§2.4).</summary>
public sealed class SelectionSetNode : SyntaxNode
{
    public SelectionSetNode(Location location, IReadOnlyList<SelectionNode> selections)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(selections);
        Selections = selections;
    }

    public override NodeKind Kind => NodeKind.SelectionSet;

    public IReadOnlyList<SelectionNode> Selections { get; }

    public override TResult Accept<TResult>(ISyntaxVisitor<TResult> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        return visitor.Visit(this);
    }

    public override IEnumerable<SyntaxNode> GetChildren()
    {
        foreach (var child in Selections)
        {
            yield return child;
        }
    }

    /// <summary>A copy of this node with <see cref="Selections"/> replaced.</summary>
    public SelectionSetNode WithSelections(IReadOnlyList<SelectionNode> selections) => new(Location, selections);
}
