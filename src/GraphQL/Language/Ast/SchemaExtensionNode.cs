namespace Serverless.GraphQL.Language;

/// <summary>A schema extension (§3.3.2).</summary>
public sealed class SchemaExtensionNode : TypeSystemExtensionNode
{
    public SchemaExtensionNode(Location location, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(directives);
        ArgumentNullException.ThrowIfNull(operationTypes);
        Directives = directives;
        OperationTypes = operationTypes;
    }

    public override NodeKind Kind => NodeKind.SchemaExtension;

    public override IReadOnlyList<DirectiveNode> Directives { get; }

    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; }

    public override TResult Accept<TResult>(ISyntaxVisitor<TResult> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        return visitor.Visit(this);
    }

    public override IEnumerable<SyntaxNode> GetChildren()
    {
        foreach (var child in Directives)
        {
            yield return child;
        }

        foreach (var child in OperationTypes)
        {
            yield return child;
        }
    }

    /// <summary>A copy of this node with <see cref="Directives"/> replaced.</summary>
    public SchemaExtensionNode WithDirectives(IReadOnlyList<DirectiveNode> directives) => new(Location, directives, OperationTypes);

    /// <summary>A copy of this node with <see cref="OperationTypes"/> replaced.</summary>
    public SchemaExtensionNode WithOperationTypes(IReadOnlyList<OperationTypeDefinitionNode> operationTypes) => new(Location, Directives, operationTypes);
}
