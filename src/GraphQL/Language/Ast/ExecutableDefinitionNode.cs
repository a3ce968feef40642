namespace Serverless.GraphQL.Language;

/// <summary>An operation or fragment definition (§2.2 ExecutableDefinition).</summary>
public abstract class ExecutableDefinitionNode : DefinitionNode
{
    private protected ExecutableDefinitionNode(Location location)
        : base(location)
    {
    }

    /// <summary>The optional description (September 2025 allows descriptions on executable definitions).</summary>
    public abstract StringValueNode? Description { get; }

    public abstract IReadOnlyList<DirectiveNode> Directives { get; }

    public abstract SelectionSetNode SelectionSet { get; }
}
