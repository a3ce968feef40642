namespace Serverless.GraphQL.Language;

/// <summary>A fragment definition `fragment Name on Type @dirs { … }` (§2.8).</summary>
public sealed class FragmentDefinitionNode : ExecutableDefinitionNode
{
    public FragmentDefinitionNode(Location location, StringValueNode? description, NameNode name, NamedTypeNode typeCondition, IReadOnlyList<DirectiveNode> directives, SelectionSetNode selectionSet)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(typeCondition);
        ArgumentNullException.ThrowIfNull(directives);
        ArgumentNullException.ThrowIfNull(selectionSet);
        Description = description;
        Name = name;
        TypeCondition = typeCondition;
        Directives = directives;
        SelectionSet = selectionSet;
    }

    public override NodeKind Kind => NodeKind.FragmentDefinition;

    public override StringValueNode? Description { get; }

    public NameNode Name { get; }

    public NamedTypeNode TypeCondition { get; }

    public override IReadOnlyList<DirectiveNode> Directives { get; }

    public override SelectionSetNode SelectionSet { get; }

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
        yield return TypeCondition;
        foreach (var child in Directives)
        {
            yield return child;
        }

        yield return SelectionSet;
    }

    /// <summary>A copy of this node with <see cref="Description"/> replaced.</summary>
    public FragmentDefinitionNode WithDescription(StringValueNode? description) => new(Location, description, Name, TypeCondition, Directives, SelectionSet);

    /// <summary>A copy of this node with <see cref="Name"/> replaced.</summary>
    public FragmentDefinitionNode WithName(NameNode name) => new(Location, Description, name, TypeCondition, Directives, SelectionSet);

    /// <summary>A copy of this node with <see cref="TypeCondition"/> replaced.</summary>
    public FragmentDefinitionNode WithTypeCondition(NamedTypeNode typeCondition) => new(Location, Description, Name, typeCondition, Directives, SelectionSet);

    /// <summary>A copy of this node with <see cref="Directives"/> replaced.</summary>
    public FragmentDefinitionNode WithDirectives(IReadOnlyList<DirectiveNode> directives) => new(Location, Description, Name, TypeCondition, directives, SelectionSet);

    /// <summary>A copy of this node with <see cref="SelectionSet"/> replaced.</summary>
    public FragmentDefinitionNode WithSelectionSet(SelectionSetNode selectionSet) => new(Location, Description, Name, TypeCondition, Directives, selectionSet);
}
