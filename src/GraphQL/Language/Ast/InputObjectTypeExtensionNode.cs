namespace Serverless.GraphQL.Language;

/// <summary>An input object type extension (§3.10.1).</summary>
public sealed class InputObjectTypeExtensionNode : TypeExtensionNode
{
    public InputObjectTypeExtensionNode(Location location, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<InputValueDefinitionNode> fields)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(directives);
        ArgumentNullException.ThrowIfNull(fields);
        Name = name;
        Directives = directives;
        Fields = fields;
    }

    public override NodeKind Kind => NodeKind.InputObjectTypeExtension;

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

    /// <summary>A copy of this node with <see cref="Name"/> replaced.</summary>
    public InputObjectTypeExtensionNode WithName(NameNode name) => new(Location, name, Directives, Fields);

    /// <summary>A copy of this node with <see cref="Directives"/> replaced.</summary>
    public InputObjectTypeExtensionNode WithDirectives(IReadOnlyList<DirectiveNode> directives) => new(Location, Name, directives, Fields);

    /// <summary>A copy of this node with <see cref="Fields"/> replaced.</summary>
    public InputObjectTypeExtensionNode WithFields(IReadOnlyList<InputValueDefinitionNode> fields) => new(Location, Name, Directives, fields);
}
