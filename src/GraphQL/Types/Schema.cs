using Serverless.GraphQL.Introspection;
using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Types;

/// <summary>
/// A GraphQL schema (§3.3): root operation types, every named type reachable from them or listed explicitly,
/// and the directives. Immutable once built; <see cref="Validate"/> applies the type-system rules of §3.
/// </summary>
public sealed class Schema
{
    private readonly TypeMapCollector _collector = new();
    private readonly Dictionary<string, DirectiveDefinition> _directives = new(StringComparer.Ordinal);
    private readonly Lazy<PossibleTypeIndex> _possibleTypes;
    private readonly Lazy<IReadOnlyList<SchemaError>> _errors;

    public Schema(
        ObjectType? query,
        ObjectType? mutation = null,
        ObjectType? subscription = null,
        IEnumerable<NamedType>? types = null,
        IEnumerable<DirectiveDefinition>? directives = null)
    {
        QueryType = query;
        MutationType = mutation;
        SubscriptionType = subscription;
        Directives = directives is null ? SpecifiedDirectives.All : [.. directives];
        foreach (var directive in Directives)
        {
            _directives.TryAdd(directive.Name, directive);
        }

        _collector.AddExplicit(types ?? []);

        _collector.Add(query);
        _collector.Add(mutation);
        _collector.Add(subscription);
        foreach (var directive in Directives)
        {
            _collector.AddArguments(directive.Arguments);
        }

        // §4.2: the introspection types are part of every schema's type system.
        _collector.Add(IntrospectionTypes.Schema);
        _possibleTypes = new(() => new PossibleTypeIndex(_collector.Ordered));
        _errors = new(() => SchemaValidator.Validate(this));
    }

    public ObjectType? QueryType { get; }

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    public string? Description { get; init; }

    /// <summary>Whether <c>__schema</c> and <c>__type</c> may be queried; <c>__typename</c> is always available (§4.1).</summary>
    public bool IsIntrospectionEnabled { get; init; } = true;

    /// <summary>Host result coercion for the specified scalars (<see cref="SchemaBuildOptions.SpecifiedScalarResultAdapter"/>).</summary>
    public SpecifiedScalarResultAdapter? SpecifiedScalarResultAdapter { get; init; }

    /// <summary>The SDL schema definition, when there was one.</summary>
    public SchemaDefinitionNode? AstNode { get; init; }

    public IReadOnlyList<SchemaExtensionNode> ExtensionAstNodes { get; init; } = [];

    /// <summary>All named types by name, including the introspection types.</summary>
    public IReadOnlyDictionary<string, NamedType> Types => _collector.Map;

    /// <summary>All named types in definition order (graphql-js type map order).</summary>
    public IReadOnlyList<NamedType> OrderedTypes => _collector.Ordered;

    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    public NamedType? GetType(string name) => _collector.Map.GetValueOrDefault(name);

    public DirectiveDefinition? GetDirective(string name) => _directives.GetValueOrDefault(name);

    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        OperationType.Subscription => SubscriptionType,
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Unknown operation type."),
    };

    /// <summary>The object types a value of an interface or union may have (§3.7, §3.8); empty for other types.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) => _possibleTypes.Value.GetPossibleTypes(abstractType);

    /// <summary>The object and interface types that declare they implement <paramref name="iface"/>.</summary>
    public IReadOnlyList<ImplementingType> GetImplementations(InterfaceType iface) => _possibleTypes.Value.GetImplementations(iface);

    /// <summary>Whether <paramref name="maybeSubType"/> is a member of the union or an implementation of the interface.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) => _possibleTypes.Value.IsSubType(abstractType, maybeSubType);

    /// <summary>The type-system errors of §3 (graphql-js <c>validateSchema</c>), computed once; empty for a valid schema.</summary>
    public IReadOnlyList<SchemaError> Validate() => _errors.Value;
}
