namespace Serverless.GraphQL.Language;

/// <summary>A type reference (§2.11): named, list or non-null.</summary>
public abstract class TypeNode : SyntaxNode
{
    private protected TypeNode(Location location)
        : base(location)
    {
    }
}
