namespace Serverless.GraphQL.Language;

/// <summary>A schema, type or directive definition (§3 TypeSystemDefinition).</summary>
public abstract class TypeSystemDefinitionNode : DefinitionNode
{
    private protected TypeSystemDefinitionNode(Location location)
        : base(location)
    {
    }

    public abstract StringValueNode? Description { get; }
}
