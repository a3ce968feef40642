namespace Serverless.GraphQL.Language;

/// <summary>An operation (§2.3): query, mutation or subscription, possibly the anonymous shorthand `{ … }`.</summary>
public sealed class OperationDefinitionNode : ExecutableDefinitionNode
{
    public OperationDefinitionNode(Location location, StringValueNode? description, OperationType operation, NameNode? name, IReadOnlyList<VariableDefinitionNode> variableDefinitions, IReadOnlyList<DirectiveNode> directives, SelectionSetNode selectionSet)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(variableDefinitions);
        ArgumentNullException.ThrowIfNull(directives);
        ArgumentNullException.ThrowIfNull(selectionSet);
        Description = description;
        Operation = operation;
        Name = name;
        VariableDefinitions = variableDefinitions;
        Directives = directives;
        SelectionSet = selectionSet;
    }

    public override NodeKind Kind => NodeKind.OperationDefinition;

    public override StringValueNode? Description { get; }

    public OperationType Operation { get; }

    public NameNode? Name { get; }

    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; }

    public override IReadOnlyList<DirectiveNode> Directives { get; }

    public override SelectionSetNode SelectionSet { get; }

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

        if (Name is not null)
        {
            yield return Name;
        }

        foreach (var child in VariableDefinitions)
        {
            yield return child;
        }

        foreach (var child in Directives)
        {
            yield return child;
        }

        yield return SelectionSet;
    }

    /// <summary>A copy of this node with <see cref="Description"/> replaced.</summary>
    public OperationDefinitionNode WithDescription(StringValueNode? description) => new(Location, description, Operation, Name, VariableDefinitions, Directives, SelectionSet);

    /// <summary>A copy of this node with <see cref="Operation"/> replaced.</summary>
    public OperationDefinitionNode WithOperation(OperationType operation) => new(Location, Description, operation, Name, VariableDefinitions, Directives, SelectionSet);

    /// <summary>A copy of this node with <see cref="Name"/> replaced.</summary>
    public OperationDefinitionNode WithName(NameNode? name) => new(Location, Description, Operation, name, VariableDefinitions, Directives, SelectionSet);

    /// <summary>A copy of this node with <see cref="VariableDefinitions"/> replaced.</summary>
    public OperationDefinitionNode WithVariableDefinitions(IReadOnlyList<VariableDefinitionNode> variableDefinitions) => new(Location, Description, Operation, Name, variableDefinitions, Directives, SelectionSet);

    /// <summary>A copy of this node with <see cref="Directives"/> replaced.</summary>
    public OperationDefinitionNode WithDirectives(IReadOnlyList<DirectiveNode> directives) => new(Location, Description, Operation, Name, VariableDefinitions, directives, SelectionSet);

    /// <summary>A copy of this node with <see cref="SelectionSet"/> replaced.</summary>
    public OperationDefinitionNode WithSelectionSet(SelectionSetNode selectionSet) => new(Location, Description, Operation, Name, VariableDefinitions, Directives, selectionSet);
}
