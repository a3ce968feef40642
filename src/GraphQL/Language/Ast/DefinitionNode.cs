namespace Serverless.GraphQL.Language;

/// <summary>A top-level definition of a document (§2.2): executable, type system definition or extension.</summary>
public abstract class DefinitionNode : SyntaxNode
{
    private protected DefinitionNode(Location location)
        : base(location)
    {
    }
}
