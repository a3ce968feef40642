namespace Serverless.GraphQL.Language;

/// <summary>A root operation type `query: Query` (§3.3.1).</summary>
public sealed class OperationTypeDefinitionNode : SyntaxNode
{
    public OperationTypeDefinitionNode(Location location, OperationType operation, NamedTypeNode type)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(type);
        Operation = operation;
        Type = type;
    }

    public override NodeKind Kind => NodeKind.OperationTypeDefinition;

    public OperationType Operation { get; }

    public NamedTypeNode Type { get; }

    public override TResult Accept<TResult>(ISyntaxVisitor<TResult> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        return visitor.Visit(this);
    }

    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return Type;
    }

    /// <summary>A copy of this node with <see cref="Operation"/> replaced.</summary>
    public OperationTypeDefinitionNode WithOperation(OperationType operation) => new(Location, operation, Type);

    /// <summary>A copy of this node with <see cref="Type"/> replaced.</summary>
    public OperationTypeDefinitionNode WithType(NamedTypeNode type) => new(Location, Operation, type);
}
