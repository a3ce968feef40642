namespace Serverless.GraphQL.Language;

/// <summary>A directive application `@name(args)` (§2.12).</summary>
public sealed class DirectiveNode : SyntaxNode
{
    public DirectiveNode(Location location, NameNode name, IReadOnlyList<ArgumentNode> arguments)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(arguments);
        Name = name;
        Arguments = arguments;
    }

    public override NodeKind Kind => NodeKind.Directive;

    public NameNode Name { get; }

    public IReadOnlyList<ArgumentNode> Arguments { get; }

    public override TResult Accept<TResult>(ISyntaxVisitor<TResult> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        return visitor.Visit(this);
    }

    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return Name;
        foreach (var child in Arguments)
        {
            yield return child;
        }
    }

    /// <summary>A copy of this node with <see cref="Name"/> replaced.</summary>
    public DirectiveNode WithName(NameNode name) => new(Location, name, Arguments);

    /// <summary>A copy of this node with <see cref="Arguments"/> replaced.</summary>
    public DirectiveNode WithArguments(IReadOnlyList<ArgumentNode> arguments) => new(Location, Name, arguments);
}
