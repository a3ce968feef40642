namespace Serverless.GraphQL.Language;

/// <summary>A schema or type extension (§3.1 TypeSystemExtension).</summary>
public abstract class TypeSystemExtensionNode : DefinitionNode
{
    private protected TypeSystemExtensionNode(Location location)
        : base(location)
    {
    }

    public abstract IReadOnlyList<DirectiveNode> Directives { get; }
}
