namespace Serverless.GraphQL.Language;

/// <summary>A scalar type extension (§3.5.1).</summary>
public sealed class ScalarTypeExtensionNode : TypeExtensionNode
{
    public ScalarTypeExtensionNode(Location location, NameNode name, IReadOnlyList<DirectiveNode> directives)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(directives);
        Name = name;
        Directives = directives;
    }

    public override NodeKind Kind => NodeKind.ScalarTypeExtension;

    public override NameNode Name { get; }

    public override IReadOnlyList<DirectiveNode> Directives { get; }

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
    }

    /// <summary>A copy of this node with <see cref="Name"/> replaced.</summary>
    public ScalarTypeExtensionNode WithName(NameNode name) => new(Location, name, Directives);

    /// <summary>A copy of this node with <see cref="Directives"/> replaced.</summary>
    public ScalarTypeExtensionNode WithDirectives(IReadOnlyList<DirectiveNode> directives) => new(Location, Name, directives);
}
