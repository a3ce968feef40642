using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.Conformance.Tests.Cats;

/// <summary>
/// Builds a cats schema: the SDL plus declarations of the helper directives cats uses without declaring them
/// (SOURCES.md "driver gotchas"), every field resolved by <see cref="CatsResolver"/>, abstract types resolved by the
/// test data's <c>type</c> key (the undocumented convention of UnionInterface.yaml).
/// </summary>
public static class CatsSchemaFactory
{
    // Appended after the scenario SDL so that line numbers inside the scenario's own SDL stay as written.
    private const string HelperDirectives = """


        directive @resolveString(value: String) on FIELD_DEFINITION
        directive @resolvePromiseString(value: String) on FIELD_DEFINITION
        directive @argumentsJson on FIELD_DEFINITION
        directive @resolveEmptyObject on FIELD_DEFINITION
        directive @resolveTestData(name: String) on FIELD_DEFINITION
        directive @resolvePromiseTestData(name: String) on FIELD_DEFINITION
        directive @resolvePromise on FIELD_DEFINITION
        directive @resolveError(message: String) on FIELD_DEFINITION
        directive @resolveErrorList(values: [String], messages: [String]) on FIELD_DEFINITION
        directive @resolvePromiseReject(message: String) on FIELD_DEFINITION
        directive @resolvePromiseRejectList(values: [String], messages: [String]) on FIELD_DEFINITION
        directive @enumInt(value: Int) on ENUM_VALUE
        """;

    public static Schema Build(string sdl, CatsTestData testData)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        var resolver = new CatsResolver(testData);
        var abstractTypes = Parser.Parse(sdl).Definitions
            .OfType<TypeDefinitionNode>()
            .Where(definition => definition is InterfaceTypeDefinitionNode or UnionTypeDefinitionNode)
            .Select(definition => definition.Name.Value);
        return SchemaBuilder.FromSdl(sdl + HelperDirectives, new SchemaBuildOptions
        {
            ResolveField = (_, _) => resolver.ResolveAsync,
            TypeResolvers = abstractTypes.ToDictionary(name => name, _ => (TypeResolver)ResolveTypeAsync, StringComparer.Ordinal),
        });
    }

    private static ValueTask<ObjectType?> ResolveTypeAsync(object value, IResolveFieldContext context) =>
        ValueTask.FromResult(
            value is IReadOnlyDictionary<string, object?> map && map.GetValueOrDefault("type") is string name
                ? context.Schema.GetType(name) as ObjectType
                : null);
}
