namespace Serverless.GraphQL.Language;

/// <summary>A named fragment spread `...Name @dirs` (§2.8).</summary>
public sealed class FragmentSpreadNode : SelectionNode
{
    public FragmentSpreadNode(Location location, NameNode name, IReadOnlyList<DirectiveNode> directives)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(directives);
        Name = name;
        Directives = directives;
    }

    public override NodeKind Kind => NodeKind.FragmentSpread;

    public NameNode Name { get; }

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
    public FragmentSpreadNode WithName(NameNode name) => new(Location, name, Directives);

    /// <summary>A copy of this node with <see cref="Directives"/> replaced.</summary>
    public FragmentSpreadNode WithDirectives(IReadOnlyList<DirectiveNode> directives) => new(Location, Name, directives);
}
