using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Types;

/// <summary>
/// Turns grouped SDL definitions into runtime types, wiring in the host's hooks. Members are built lazily through
/// thunks, so types may refer to each other in any order; <see cref="SdlReferenceChecker"/> has already made sure
/// every referenced name exists.
/// </summary>
internal sealed class TypeFactory
{
    private readonly SchemaBuildOptions _options;
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);

    public TypeFactory(SdlDefinitions sdl, SchemaBuildOptions options)
    {
        _options = options;
        foreach (var scalar in ScalarType.SpecifiedScalars)
        {
            _types[scalar.Name] = scalar;
        }

        foreach (var group in sdl.Types)
        {
            // A document may restate a built-in scalar; the built-in keeps its behaviour (graphql-js does the same).
            if (!_types.ContainsKey(group.Name))
            {
                _types[group.Name] = Create(group);
            }
        }

        Directives = [.. sdl.Directives.Select(CreateDirective)];
    }

    public IReadOnlyDictionary<string, NamedType> Types => _types;

    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    public GraphQLType Resolve(TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => new NonNullType(Resolve(nonNull.Type)),
        ListTypeNode list => new ListType(Resolve(list.Type)),
        NamedTypeNode named => _types[named.Name.Value],
        _ => throw new ArgumentException($"Unsupported type reference {node.Kind}.", nameof(node)),
    };

    private NamedType Create(TypeDefinitionGroup group)
    {
        var definition = group.Definition;
        var description = definition.Description?.Value;
        var directives = group.Directives.ToList();
        return definition switch
        {
            ScalarTypeDefinitionNode => new ScalarType(group.Name, _options.Scalars.GetValueOrDefault(group.Name) ?? PassThroughCoercion.Instance)
            {
                SpecifiedByUrl = AppliedDirectives.SpecifiedByUrl(directives),
                Description = description, AstNode = definition, ExtensionAstNodes = group.Extensions, AppliedDirectives = directives,
            },
            ObjectTypeDefinitionNode => new ObjectType(group.Name, () => CreateFields(group), () => Interfaces(group))
            {
                Description = description, AstNode = definition, ExtensionAstNodes = group.Extensions, AppliedDirectives = directives,
            },
            InterfaceTypeDefinitionNode => new InterfaceType(group.Name, () => CreateFields(group), () => Interfaces(group))
            {
                ResolveType = _options.TypeResolvers.GetValueOrDefault(group.Name),
                Description = description, AstNode = definition, ExtensionAstNodes = group.Extensions, AppliedDirectives = directives,
            },
            UnionTypeDefinitionNode => new UnionType(group.Name, () => group.UnionMembers.Select(member => (ObjectType)_types[member.Name.Value]))
            {
                ResolveType = _options.TypeResolvers.GetValueOrDefault(group.Name),
                Description = description, AstNode = definition, ExtensionAstNodes = group.Extensions, AppliedDirectives = directives,
            },
            EnumTypeDefinitionNode => new EnumType(group.Name, CreateEnumValues(group))
            {
                Description = description, AstNode = definition, ExtensionAstNodes = group.Extensions, AppliedDirectives = directives,
            },
            InputObjectTypeDefinitionNode => new InputObjectType(group.Name, () => group.InputFields.Select(CreateInputField))
            {
                IsOneOf = AppliedDirectives.IsOneOf(directives),
                Description = description, AstNode = definition, ExtensionAstNodes = group.Extensions, AppliedDirectives = directives,
            },
            _ => throw new ArgumentException($"Unsupported type definition {definition.Kind}.", nameof(group)),
        };
    }

    private IEnumerable<InterfaceType> Interfaces(TypeDefinitionGroup group) =>
        group.Interfaces.Select(node => (InterfaceType)_types[node.Name.Value]);

    private IEnumerable<Field> CreateFields(TypeDefinitionGroup group) => group.Fields.Select(node => new Field(node.Name.Value, Resolve(node.Type), node.Arguments.Select(CreateArgument))
    {
        Description = node.Description?.Value,
        DeprecationReason = AppliedDirectives.DeprecationReason(node.Directives),
        Resolver = _options.ResolveField?.Invoke(group.Name, node.Name.Value),
        AstNode = node,
        AppliedDirectives = node.Directives,
    });

    private Argument CreateArgument(InputValueDefinitionNode node) => new(node.Name.Value, Resolve(node.Type))
    {
        Description = node.Description?.Value,
        DefaultValueLiteral = node.DefaultValue,
        DeprecationReason = AppliedDirectives.DeprecationReason(node.Directives),
        AstNode = node,
        AppliedDirectives = node.Directives,
    };

    private InputField CreateInputField(InputValueDefinitionNode node) => new(node.Name.Value, Resolve(node.Type))
    {
        Description = node.Description?.Value,
        DefaultValueLiteral = node.DefaultValue,
        DeprecationReason = AppliedDirectives.DeprecationReason(node.Directives),
        AstNode = node,
        AppliedDirectives = node.Directives,
    };

    private List<EnumValue> CreateEnumValues(TypeDefinitionGroup group)
    {
        var mapping = _options.EnumValues.GetValueOrDefault(group.Name);
        return [.. group.EnumValues.Select(node => new EnumValue(node.Name.Value, mapping is not null && mapping.TryGetValue(node.Name.Value, out var value) ? value : node.Name.Value)
        {
            Description = node.Description?.Value,
            DeprecationReason = AppliedDirectives.DeprecationReason(node.Directives),
            AstNode = node,
            AppliedDirectives = node.Directives,
        })];
    }

    private DirectiveDefinition CreateDirective(DirectiveDefinitionNode node)
    {
        var locations = new List<DirectiveLocation>();
        foreach (var location in node.Locations)
        {
            // The parser only accepts the names of §3.13 DirectiveLocations, so every name maps.
            locations.Add(DirectiveLocationNames.TryParse(location.Value, out var parsed)
                ? parsed
                : throw new ArgumentException($"Unknown directive location \"{location.Value}\".", nameof(node)));
        }

        return new DirectiveDefinition(node.Name.Value, locations, node.Arguments.Select(CreateArgument))
        {
            Description = node.Description?.Value,
            IsRepeatable = node.Repeatable,
            AstNode = node,
        };
    }
}
