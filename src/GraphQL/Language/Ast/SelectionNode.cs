namespace Serverless.GraphQL.Language;

/// <summary>One entry of a selection set (§2.4): field, fragment spread or inline fragment.</summary>
public abstract class SelectionNode : SyntaxNode
{
    private protected SelectionNode(Location location)
        : base(location)
    {
    }

    public abstract IReadOnlyList<DirectiveNode> Directives { get; }
}
