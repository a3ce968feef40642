namespace Serverless.GraphQL.Language;

/// <summary>A field definition of an object or interface type (§3.6).</summary>
public sealed class FieldDefinitionNode : SyntaxNode
{
    public FieldDefinitionNode(Location location, StringValueNode? description, NameNode name, IReadOnlyList<InputValueDefinitionNode> arguments, TypeNode type, IReadOnlyList<DirectiveNode> directives)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(directives);
        Description = description;
        Name = name;
        Arguments = arguments;
        Type = type;
        Directives = directives;
    }

    public override NodeKind Kind => NodeKind.FieldDefinition;

    public StringValueNode? Description { get; }

    public NameNode Name { get; }

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; }

    public TypeNode Type { get; }

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
        foreach (var child in Arguments)
        {
            yield return child;
        }

        yield return Type;
        foreach (var child in Directives)
        {
            yield return child;
        }
    }

    /// <summary>A copy of this node with <see cref="Description"/> replaced.</summary>
    public FieldDefinitionNode WithDescription(StringValueNode? description) => new(Location, description, Name, Arguments, Type, Directives);

    /// <summary>A copy of this node with <see cref="Name"/> replaced.</summary>
    public FieldDefinitionNode WithName(NameNode name) => new(Location, Description, name, Arguments, Type, Directives);

    /// <summary>A copy of this node with <see cref="Arguments"/> replaced.</summary>
    public FieldDefinitionNode WithArguments(IReadOnlyList<InputValueDefinitionNode> arguments) => new(Location, Description, Name, arguments, Type, Directives);

    /// <summary>A copy of this node with <see cref="Type"/> replaced.</summary>
    public FieldDefinitionNode WithType(TypeNode type) => new(Location, Description, Name, Arguments, type, Directives);

    /// <summary>A copy of this node with <see cref="Directives"/> replaced.</summary>
    public FieldDefinitionNode WithDirectives(IReadOnlyList<DirectiveNode> directives) => new(Location, Description, Name, Arguments, Type, directives);
}
