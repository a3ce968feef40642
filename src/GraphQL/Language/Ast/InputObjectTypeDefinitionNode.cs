namespace Serverless.GraphQL.Language;

/// <summary>An input object type definition (§3.10); `@oneOf` is an ordinary directive here.</summary>
public sealed class InputObjectTypeDefinitionNode : TypeDefinitionNode
{
    public InputObjectTypeDefinitionNode(Location location, StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<InputValueDefinitionNode> fields)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(directives);
        ArgumentNullException.ThrowIfNull(fields);
        Description = description;
        Name = name;
        Directives = directives;
        Fields = fields;
    }

    public override NodeKind Kind => NodeKind.InputObjectTypeDefinition;

    public override StringValueNode? Description { get; }

    public override NameNode Name { get; }

    public override IReadOnlyList<DirectiveNode> Directives { get; }

    public IReadOnlyList<InputValueDefinitionNode> Fields { get; }

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
        foreach (var child in Directives)
        {
            yield return child;
        }

        foreach (var child in Fields)
        {
            yield return child;
        }
    }

    /// <summary>A copy of this node with <see cref="Description"/> replaced.</summary>
    public InputObjectTypeDefinitionNode WithDescription(StringValueNode? description) => new(Location, description, Name, Directives, Fields);

    /// <summary>A copy of this node with <see cref="Name"/> replaced.</summary>
    public InputObjectTypeDefinitionNode WithName(NameNode name) => new(Location, Description, name, Directives, Fields);

    /// <summary>A copy of this node with <see cref="Directives"/> replaced.</summary>
    public InputObjectTypeDefinitionNode WithDirectives(IReadOnlyList<DirectiveNode> directives) => new(Location, Description, Name, directives, Fields);

    /// <summary>A copy of this node with <see cref="Fields"/> replaced.</summary>
    public InputObjectTypeDefinitionNode WithFields(IReadOnlyList<InputValueDefinitionNode> fields) => new(Location, Description, Name, Directives, fields);
}
