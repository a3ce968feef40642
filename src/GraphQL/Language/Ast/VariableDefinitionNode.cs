namespace Serverless.GraphQL.Language;

/// <summary>A variable definition `$name: Type = default @dir` (§2.10).</summary>
public sealed class VariableDefinitionNode : SyntaxNode
{
    public VariableDefinitionNode(Location location, StringValueNode? description, VariableNode variable, TypeNode type, ValueNode? defaultValue, IReadOnlyList<DirectiveNode> directives)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(variable);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(directives);
        Description = description;
        Variable = variable;
        Type = type;
        DefaultValue = defaultValue;
        Directives = directives;
    }

    public override NodeKind Kind => NodeKind.VariableDefinition;

    public StringValueNode? Description { get; }

    public VariableNode Variable { get; }

    public TypeNode Type { get; }

    public ValueNode? DefaultValue { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }

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

        yield return Variable;
        yield return Type;
        if (DefaultValue is not null)
        {
            yield return DefaultValue;
        }

        foreach (var child in Directives)
        {
            yield return child;
        }
    }

    /// <summary>A copy of this node with <see cref="Description"/> replaced.</summary>
    public VariableDefinitionNode WithDescription(StringValueNode? description) => new(Location, description, Variable, Type, DefaultValue, Directives);

    /// <summary>A copy of this node with <see cref="Variable"/> replaced.</summary>
    public VariableDefinitionNode WithVariable(VariableNode variable) => new(Location, Description, variable, Type, DefaultValue, Directives);

    /// <summary>A copy of this node with <see cref="Type"/> replaced.</summary>
    public VariableDefinitionNode WithType(TypeNode type) => new(Location, Description, Variable, type, DefaultValue, Directives);

    /// <summary>A copy of this node with <see cref="DefaultValue"/> replaced.</summary>
    public VariableDefinitionNode WithDefaultValue(ValueNode? defaultValue) => new(Location, Description, Variable, Type, defaultValue, Directives);

    /// <summary>A copy of this node with <see cref="Directives"/> replaced.</summary>
    public VariableDefinitionNode WithDirectives(IReadOnlyList<DirectiveNode> directives) => new(Location, Description, Variable, Type, DefaultValue, directives);
}
