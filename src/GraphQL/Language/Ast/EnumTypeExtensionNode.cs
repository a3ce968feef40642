namespace Serverless.GraphQL.Language;

/// <summary>An enum type extension (§3.9.1).</summary>
public sealed class EnumTypeExtensionNode : TypeExtensionNode
{
    public EnumTypeExtensionNode(Location location, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<EnumValueDefinitionNode> values)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(directives);
        ArgumentNullException.ThrowIfNull(values);
        Name = name;
        Directives = directives;
        Values = values;
    }

    public override NodeKind Kind => NodeKind.EnumTypeExtension;

    public override NameNode Name { get; }

    public override IReadOnlyList<DirectiveNode> Directives { get; }

    public IReadOnlyList<EnumValueDefinitionNode> Values { get; }

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

        foreach (var child in Values)
        {
            yield return child;
        }
    }

    /// <summary>A copy of this node with <see cref="Name"/> replaced.</summary>
    public EnumTypeExtensionNode WithName(NameNode name) => new(Location, name, Directives, Values);

    /// <summary>A copy of this node with <see cref="Directives"/> replaced.</summary>
    public EnumTypeExtensionNode WithDirectives(IReadOnlyList<DirectiveNode> directives) => new(Location, Name, directives, Values);

    /// <summary>A copy of this node with <see cref="Values"/> replaced.</summary>
    public EnumTypeExtensionNode WithValues(IReadOnlyList<EnumValueDefinitionNode> values) => new(Location, Name, Directives, values);
}
