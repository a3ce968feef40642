namespace Serverless.GraphQL.Language;

/// <summary>Prints syntax trees exactly as graphql-js 17 <c>print()</c> does.</summary>
public static class Printer
{
    /// <summary>The printed form of a node and its subtree.</summary>
    public static string Print(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Accept(PrintVisitor.Instance).Render();
    }
}
