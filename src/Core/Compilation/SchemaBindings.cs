using Serverless.Bson;
using Serverless.Core.Definitions;
using Serverless.Core.Resolution;
using Serverless.Core.Scalars;
using Serverless.Core.Security;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.Core.Compilation;

/// <summary>
/// Binds an app's mappings to its SDL (the compiler's one job): a resolver for every object field, the BSON
/// scalars, internal values for every enum value (§10), type resolvers for every interface and union (§11) and the
/// BSON result adapter of the specified scalars (§12.1 with lossless widening).
/// </summary>
internal sealed class SchemaBindings
{
    private static readonly FieldResolver NullResolver = _ => ValueTask.FromResult<object?>(null);

    private readonly AppDefinition _definition;
    private readonly CoreOptions _options;
    private readonly PipelineSecurityChecker _security;
    private readonly string _queryTypeName;
    private readonly HashSet<string> _otherRootTypeNames;

    public SchemaBindings(AppDefinition definition, CoreOptions options, DocumentNode sdl)
    {
        _definition = definition;
        _options = options;
        _security = new PipelineSecurityChecker(options.PipelineSecurity);
        var roots = sdl.Definitions.OfType<SchemaDefinitionNode>().SelectMany(schema => schema.OperationTypes)
            .ToDictionary(root => root.Operation, root => root.Type.Name.Value);
        _queryTypeName = roots.GetValueOrDefault(OperationType.Query, "Query");
        _otherRootTypeNames =
        [
            roots.GetValueOrDefault(OperationType.Mutation, "Mutation"),
            roots.GetValueOrDefault(OperationType.Subscription, "Subscription"),
        ];
        EnumValues = CollectEnumValues(sdl, definition.Mappings.Enums);
    }

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, object?>> EnumValues { get; }

    public SchemaBuildOptions ToBuildOptions() => new()
    {
        ResolveField = ResolveField,
        Scalars = BsonScalars.All(),
        EnumValues = EnumValues,
        TypeResolvers = _definition.Mappings.AbstractTypes.ToDictionary(
            entry => entry.Key,
            entry => (TypeResolver)new AbstractTypeResolver(entry.Value).ResolveAsync,
            StringComparer.Ordinal),
        SpecifiedScalarResultAdapter = SpecifiedScalarResults.Adapt,
    };

    private FieldResolver? ResolveField(string typeName, string fieldName)
    {
        if (_definition.Mappings.AbstractTypes.ContainsKey(typeName))
        {
            // Interface fields are never executed; their implementing object types carry the resolvers.
            return null;
        }

        // §4: Mutation fields (and subscription fields) exist only to be rejected or answer null on a null root.
        if (_otherRootTypeNames.Contains(typeName))
        {
            return NullResolver;
        }

        var mapping = _definition.Mappings.ObjectTypes.GetValueOrDefault(typeName)?.Find(fieldName);
        return mapping switch
        {
            QueryMapping query => new QueryFieldResolver(query, _options.Definitions, _options.BatchByDefault).ResolveAsync,
            AggregationMapping aggregation => new AggregationFieldResolver(aggregation, _security, _options.BatchByDefault).ResolveAsync,
            FieldPathMapping path => new FieldPathResolver(path.Path).ResolveAsync,

            // An unmapped Query field has no source to read from (root value null, §4); any other field reads
            // the same-name key of its parent (§5).
            _ when typeName == _queryTypeName => NullResolver,
            _ => new FieldPathResolver(fieldName).ResolveAsync,
        };
    }

    // §10: every value of every enum gets a BSON internal value, mapped or the string of its own name, so output
    // matching and argument interpolation both use type-sensitive BSON equality.
    private static Dictionary<string, IReadOnlyDictionary<string, object?>> CollectEnumValues(
        DocumentNode sdl, IReadOnlyDictionary<string, EnumMapping> mappings)
    {
        var result = new Dictionary<string, IReadOnlyDictionary<string, object?>>(StringComparer.Ordinal);
        foreach (var definition in sdl.Definitions)
        {
            var (name, values) = definition switch
            {
                EnumTypeDefinitionNode enumType => (enumType.Name.Value, enumType.Values),
                EnumTypeExtensionNode extension => (extension.Name.Value, extension.Values),
                _ => (null, null),
            };
            if (name is null || values is null)
            {
                continue;
            }

            var mapping = mappings.GetValueOrDefault(name);
            var internals = result.TryGetValue(name, out var existing)
                ? new Dictionary<string, object?>(existing, StringComparer.Ordinal)
                : new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var value in values)
            {
                var valueName = value.Name.Value;
                internals[valueName] = mapping?.InternalValue(valueName) ?? new BsonString(valueName);
            }

            result[name] = internals;
        }

        return result;
    }
}
