using Serverless.Bson;
using Serverless.GraphQL.Types;

namespace Serverless.Core.Definitions;

/// <summary>
/// Reads and validates an app definition document. The checks run in the order of reference §2.5 and the first
/// failure is the result; bad user input never throws.
/// </summary>
public static class AppDefinitionLoader
{
    private const string QueryTypeName = "Query";

    public static DefinitionResult Load(BsonDocument definition, DefinitionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        try
        {
            return DefinitionResult.Valid(Read(definition, options ?? DefinitionOptions.Default));
        }
        catch (DefinitionException exception)
        {
            return DefinitionResult.Invalid(exception.Message);
        }
    }

    private static AppDefinition Read(BsonDocument definition, DefinitionOptions options)
    {
        var descriptor = DescriptorReader.Read(definition);
        var (sdl, schema) = SchemaReader.Read(definition);
        var mappings = definition.GetValueOrDefault("mappings") switch
        {
            null => throw new DefinitionException("Missing mappings: please provide a mapping for at least one Query."),
            BsonDocument document => (BsonDocument)StorageEscaping.Unescape(document),
            var other => throw new DefinitionException($"'mappings' field must be an Object but was {BsonTypeNames.Of(other)}"),
        };

        var userTypes = schema.OrderedTypes.Where(type => !type.IsIntrospectionType).ToList();
        var objectReader = new ObjectMappingReader(options);
        var objectTypes = new Dictionary<string, ObjectTypeMapping>(StringComparer.Ordinal);
        foreach (var (name, value) in mappings)
        {
            if (schema.GetType(name) is ObjectType { IsIntrospectionType: false } && !objectTypes.ContainsKey(name))
            {
                objectTypes.Add(name, objectReader.Read(name, value));
            }
        }

        var enums = new Dictionary<string, EnumMapping>(StringComparer.Ordinal);
        foreach (var (name, value) in mappings)
        {
            if (schema.GetType(name) is EnumType enumType && !enums.ContainsKey(name))
            {
                enums.Add(name, EnumMappingReader.Read(enumType, value));
            }
        }

        // Every union, then every interface, needs a $typeResolver (§2.5 checks 6 and 7, §11).
        var abstractTypes = new Dictionary<string, TypeResolverMapping>(StringComparer.Ordinal);
        foreach (var type in userTypes.OfType<UnionType>().Cast<NamedType>().Concat(userTypes.OfType<InterfaceType>()))
        {
            abstractTypes.Add(type.Name, TypeResolverReader.Read(schema, type, mappings.GetValueOrDefault(type.Name)));
        }

        // Check 8 also fires without a type Query (§2.5).
        if (!objectTypes.TryGetValue(QueryTypeName, out var query) || query.Fields.Count == 0)
        {
            throw new DefinitionException("Missing or empty mappings for type Query: please provide a mapping for at least one Query field.");
        }

        SchemaReader.CheckBuildable(schema);
        return new AppDefinition(definition.GetValueOrDefault("_id"), descriptor, sdl, new AppMappings(objectTypes, enums, abstractTypes));
    }
}
