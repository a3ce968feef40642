namespace Serverless.GraphQL.Language;

/// <summary>An input value literal (§2.9), or a variable reference where one is allowed.</summary>
public abstract class ValueNode : SyntaxNode
{
    private protected ValueNode(Location location)
        : base(location)
    {
    }
}
