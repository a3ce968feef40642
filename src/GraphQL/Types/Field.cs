using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Types;

/// <summary>A field of an object or interface type (§3.6).</summary>
public sealed class Field
{
    private readonly Dictionary<string, Argument> _arguments = new(StringComparer.Ordinal);

    public Field(string name, GraphQLType type, IEnumerable<Argument>? arguments = null)
    {
        NameValidator.Require(name);
        ArgumentNullException.ThrowIfNull(type);
        Name = name;
        Type = type;
        Arguments = arguments is null ? [] : [.. arguments];
        foreach (var argument in Arguments)
        {
            _arguments.TryAdd(argument.Name, argument);
        }
    }

    public string Name { get; }

    public GraphQLType Type { get; }

    public IReadOnlyList<Argument> Arguments { get; }

    public string? Description { get; init; }

    /// <summary>The <c>@deprecated(reason:)</c> reason (§3.13.3); null when not deprecated.</summary>
    public string? DeprecationReason { get; init; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The host's resolver; null means the executor's default (read the same-named member of the parent).</summary>
    public FieldResolver? Resolver { get; init; }

    public FieldDefinitionNode? AstNode { get; init; }

    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; init; } = [];

    /// <summary>The object or interface declaring this field; set when the type's fields are first read.</summary>
    public NamedType? DeclaringType { get; private set; }

    public Argument? GetArgument(string name) => _arguments.GetValueOrDefault(name);

    /// <summary>The schema coordinate, e.g. <c>Query.user</c>.</summary>
    public override string ToString() => $"{DeclaringType?.Name}.{Name}";

    internal void AttachTo(NamedType owner)
    {
        if (DeclaringType is not null && !ReferenceEquals(DeclaringType, owner))
        {
            throw new InvalidOperationException($"Field {Name} already belongs to {DeclaringType.Name}.");
        }

        DeclaringType = owner;
        foreach (var argument in Arguments)
        {
            argument.AttachTo($"{owner.Name}.{Name}");
        }
    }
}
