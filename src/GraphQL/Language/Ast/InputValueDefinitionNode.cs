namespace Serverless.GraphQL.Language;

/// <summary>An argument definition or input object field definition (§3.6.1, §3.10).</summary>
public sealed class InputValueDefinitionNode : SyntaxNode
{
    public InputValueDefinitionNode(Location location, StringValueNode? description, NameNode name, TypeNode type, ValueNode? defaultValue, IReadOnlyList<DirectiveNode> directives)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(directives);
        Description = description;
        Name = name;
        Type = type;
        DefaultValue = defaultValue;
        Directives = directives;
    }

    public override NodeKind Kind => NodeKind.InputValueDefinition;

    public StringValueNode? Description { get; }

    public NameNode Name { get; }

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

        yield return Name;
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
    public InputValueDefinitionNode WithDescription(StringValueNode? description) => new(Location, description, Name, Type, DefaultValue, Directives);

    /// <summary>A copy of this node with <see cref="Name"/> replaced.</summary>
    public InputValueDefinitionNode WithName(NameNode name) => new(Location, Description, name, Type, DefaultValue, Directives);

    /// <summary>A copy of this node with <see cref="Type"/> replaced.</summary>
    public InputValueDefinitionNode WithType(TypeNode type) => new(Location, Description, Name, type, DefaultValue, Directives);

    /// <summary>A copy of this node with <see cref="DefaultValue"/> replaced.</summary>
    public InputValueDefinitionNode WithDefaultValue(ValueNode? defaultValue) => new(Location, Description, Name, Type, defaultValue, Directives);

    /// <summary>A copy of this node with <see cref="Directives"/> replaced.</summary>
    public InputValueDefinitionNode WithDirectives(IReadOnlyList<DirectiveNode> directives) => new(Location, Description, Name, Type, DefaultValue, directives);
}
