namespace Serverless.GraphQL.Language;

/// <summary>A field selection `alias: name(args) @dirs { … }` (§2.5, §2.7).</summary>
public sealed class FieldNode : SelectionNode
{
    public FieldNode(Location location, NameNode? alias, NameNode name, IReadOnlyList<ArgumentNode> arguments, IReadOnlyList<DirectiveNode> directives, SelectionSetNode? selectionSet)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(directives);
        Alias = alias;
        Name = name;
        Arguments = arguments;
        Directives = directives;
        SelectionSet = selectionSet;
    }

    public override NodeKind Kind => NodeKind.Field;

    public NameNode? Alias { get; }

    public NameNode Name { get; }

    public IReadOnlyList<ArgumentNode> Arguments { get; }

    public override IReadOnlyList<DirectiveNode> Directives { get; }

    public SelectionSetNode? SelectionSet { get; }

    public override TResult Accept<TResult>(ISyntaxVisitor<TResult> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        return visitor.Visit(this);
    }

    public override IEnumerable<SyntaxNode> GetChildren()
    {
        if (Alias is not null)
        {
            yield return Alias;
        }

        yield return Name;
        foreach (var child in Arguments)
        {
            yield return child;
        }

        foreach (var child in Directives)
        {
            yield return child;
        }

        if (SelectionSet is not null)
        {
            yield return SelectionSet;
        }
    }

    /// <summary>A copy of this node with <see cref="Alias"/> replaced.</summary>
    public FieldNode WithAlias(NameNode? alias) => new(Location, alias, Name, Arguments, Directives, SelectionSet);

    /// <summary>A copy of this node with <see cref="Name"/> replaced.</summary>
    public FieldNode WithName(NameNode name) => new(Location, Alias, name, Arguments, Directives, SelectionSet);

    /// <summary>A copy of this node with <see cref="Arguments"/> replaced.</summary>
    public FieldNode WithArguments(IReadOnlyList<ArgumentNode> arguments) => new(Location, Alias, Name, arguments, Directives, SelectionSet);

    /// <summary>A copy of this node with <see cref="Directives"/> replaced.</summary>
    public FieldNode WithDirectives(IReadOnlyList<DirectiveNode> directives) => new(Location, Alias, Name, Arguments, directives, SelectionSet);

    /// <summary>A copy of this node with <see cref="SelectionSet"/> replaced.</summary>
    public FieldNode WithSelectionSet(SelectionSetNode? selectionSet) => new(Location, Alias, Name, Arguments, Directives, selectionSet);
}
