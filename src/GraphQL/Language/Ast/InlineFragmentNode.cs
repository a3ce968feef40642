namespace Serverless.GraphQL.Language;

/// <summary>An inline fragment `... on Type @dirs { … }` (§2.8.2).</summary>
public sealed class InlineFragmentNode : SelectionNode
{
    public InlineFragmentNode(Location location, NamedTypeNode? typeCondition, IReadOnlyList<DirectiveNode> directives, SelectionSetNode selectionSet)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(directives);
        ArgumentNullException.ThrowIfNull(selectionSet);
        TypeCondition = typeCondition;
        Directives = directives;
        SelectionSet = selectionSet;
    }

    public override NodeKind Kind => NodeKind.InlineFragment;

    public NamedTypeNode? TypeCondition { get; }

    public override IReadOnlyList<DirectiveNode> Directives { get; }

    public SelectionSetNode SelectionSet { get; }

    public override TResult Accept<TResult>(ISyntaxVisitor<TResult> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        return visitor.Visit(this);
    }

    public override IEnumerable<SyntaxNode> GetChildren()
    {
        if (TypeCondition is not null)
        {
            yield return TypeCondition;
        }

        foreach (var child in Directives)
        {
            yield return child;
        }

        yield return SelectionSet;
    }

    /// <summary>A copy of this node with <see cref="TypeCondition"/> replaced.</summary>
    public InlineFragmentNode WithTypeCondition(NamedTypeNode? typeCondition) => new(Location, typeCondition, Directives, SelectionSet);

    /// <summary>A copy of this node with <see cref="Directives"/> replaced.</summary>
    public InlineFragmentNode WithDirectives(IReadOnlyList<DirectiveNode> directives) => new(Location, TypeCondition, directives, SelectionSet);

    /// <summary>A copy of this node with <see cref="SelectionSet"/> replaced.</summary>
    public InlineFragmentNode WithSelectionSet(SelectionSetNode selectionSet) => new(Location, TypeCondition, Directives, selectionSet);
}
