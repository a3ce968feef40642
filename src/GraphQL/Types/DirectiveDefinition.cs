using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Types;

/// <summary>A directive the schema declares (§3.13): its arguments, locations and repeatability.</summary>
public sealed class DirectiveDefinition
{
    private readonly Dictionary<string, Argument> _arguments = new(StringComparer.Ordinal);

    public DirectiveDefinition(string name, IEnumerable<DirectiveLocation> locations, IEnumerable<Argument>? arguments = null)
    {
        NameValidator.Require(name);
        ArgumentNullException.ThrowIfNull(locations);
        Name = name;
        Locations = [.. locations];
        Arguments = arguments is null ? [] : [.. arguments];
        foreach (var argument in Arguments)
        {
            argument.AttachTo("@" + name);
            _arguments.TryAdd(argument.Name, argument);
        }
    }

    public string Name { get; }

    public IReadOnlyList<DirectiveLocation> Locations { get; }

    public IReadOnlyList<Argument> Arguments { get; }

    public string? Description { get; init; }

    /// <summary>§3.13: a repeatable directive may appear more than once at one location.</summary>
    public bool IsRepeatable { get; init; }

    public DirectiveDefinitionNode? AstNode { get; init; }

    /// <summary>Whether this is one of the directives the spec defines (§3.13.1–§3.13.5).</summary>
    public bool IsSpecifiedDirective => SpecifiedDirectives.All.Contains(this);

    public Argument? GetArgument(string name) => _arguments.GetValueOrDefault(name);

    /// <summary>The schema coordinate, e.g. <c>@skip</c>.</summary>
    public override string ToString() => "@" + Name;
}
