namespace Serverless.GraphQL.Language;

/// <summary>A named type definition (§3.4 TypeDefinition).</summary>
public abstract class TypeDefinitionNode : TypeSystemDefinitionNode
{
    private protected TypeDefinitionNode(Location location)
        : base(location)
    {
    }

    public abstract NameNode Name { get; }

    public abstract IReadOnlyList<DirectiveNode> Directives { get; }
}
