namespace Serverless.GraphQL.Language;

/// <summary>A directive definition `directive @name(args) repeatable on LOCATIONS` (§3.13).</summary>
public sealed class DirectiveDefinitionNode : TypeSystemDefinitionNode
{
    public DirectiveDefinitionNode(Location location, StringValueNode? description, NameNode name, IReadOnlyList<InputValueDefinitionNode> arguments, bool repeatable, IReadOnlyList<NameNode> locations)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(locations);
        Description = description;
        Name = name;
        Arguments = arguments;
        Repeatable = repeatable;
        Locations = locations;
    }

    public override NodeKind Kind => NodeKind.DirectiveDefinition;

    public override StringValueNode? Description { get; }

    public NameNode Name { get; }

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; }

    public bool Repeatable { get; }

    public IReadOnlyList<NameNode> Locations { get; }

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

        foreach (var child in Locations)
        {
            yield return child;
        }
    }

    /// <summary>A copy of this node with <see cref="Description"/> replaced.</summary>
    public DirectiveDefinitionNode WithDescription(StringValueNode? description) => new(Location, description, Name, Arguments, Repeatable, Locations);

    /// <summary>A copy of this node with <see cref="Name"/> replaced.</summary>
    public DirectiveDefinitionNode WithName(NameNode name) => new(Location, Description, name, Arguments, Repeatable, Locations);

    /// <summary>A copy of this node with <see cref="Arguments"/> replaced.</summary>
    public DirectiveDefinitionNode WithArguments(IReadOnlyList<InputValueDefinitionNode> arguments) => new(Location, Description, Name, arguments, Repeatable, Locations);

    /// <summary>A copy of this node with <see cref="Repeatable"/> replaced.</summary>
    public DirectiveDefinitionNode WithRepeatable(bool repeatable) => new(Location, Description, Name, Arguments, repeatable, Locations);

    /// <summary>A copy of this node with <see cref="Locations"/> replaced.</summary>
    public DirectiveDefinitionNode WithLocations(IReadOnlyList<NameNode> locations) => new(Location, Description, Name, Arguments, Repeatable, locations);
}
