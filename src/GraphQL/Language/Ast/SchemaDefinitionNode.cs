namespace Serverless.GraphQL.Language;

/// <summary>A schema definition `schema @dirs { query: Q }` (§3.3).</summary>
public sealed class SchemaDefinitionNode : TypeSystemDefinitionNode
{
    public SchemaDefinitionNode(Location location, StringValueNode? description, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(directives);
        ArgumentNullException.ThrowIfNull(operationTypes);
        Description = description;
        Directives = directives;
        OperationTypes = operationTypes;
    }

    public override NodeKind Kind => NodeKind.SchemaDefinition;

    public override StringValueNode? Description { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }

    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; }

    public override TResult Accept<TResult>(ISyntaxVisitor<TResult> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        return visitor.Visit(this);
    }

    public override IEnumerable<SyntaxNode> GetChildren()
    {
        if (Description is not null)
        {
            yield return Description;
        }

        foreach (var child in Directives)
        {
            yield return child;
        }

        foreach (var child in OperationTypes)
        {
            yield return child;
        }
    }

    /// <summary>A copy of this node with <see cref="Description"/> replaced.</summary>
    public SchemaDefinitionNode WithDescription(StringValueNode? description) => new(Location, description, Directives, OperationTypes);

    /// <summary>A copy of this node with <see cref="Directives"/> replaced.</summary>
    public SchemaDefinitionNode WithDirectives(IReadOnlyList<DirectiveNode> directives) => new(Location, Description, directives, OperationTypes);

    /// <summary>A copy of this node with <see cref="OperationTypes"/> replaced.</summary>
    public SchemaDefinitionNode WithOperationTypes(IReadOnlyList<OperationTypeDefinitionNode> operationTypes) => new(Location, Description, Directives, operationTypes);
}
