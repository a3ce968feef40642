using System.Text.Encodings.Web;
using System.Text.Json;
using Serverless.GraphQL.Execution;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;
using Serverless.TestSupport;

namespace Serverless.GraphQL.Tests.Execution;

/// <summary>
/// graphql-js's Star Wars schema and data (tests/starWarsSchema.ts semantics) built from the shared SDL fixture,
/// with resolvers over the shared JSON data: hero of EMPIRE is Luke, otherwise R2-D2; secretBackstory throws.
/// </summary>
internal static class StarWars
{
    public const string Folder = "specs/graphql/fixtures/graphql-js/starwars";

    private static readonly JsonSerializerOptions RelaxedJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly Lazy<(Schema Schema, Dictionary<string, IReadOnlyDictionary<string, object?>> Characters)> Loaded = new(Load);

    public static Schema Schema => Loaded.Value.Schema;

    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, object?>> Characters => Loaded.Value.Characters;

    public static Task<ExecutionResult> ExecuteAsync(string query, IReadOnlyDictionary<string, object?>? variables = null, string? operationName = null) =>
        Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = Schema,
            Document = Parser.Parse(query),
            Variables = variables,
            OperationName = operationName,
        });

    /// <summary>Compact JSON of the expected response, for comparison with <see cref="ExecutionResult.ToJson"/>.</summary>
    public static string Json(string expected) =>
        JsonSerializer.Serialize(JsonDocument.Parse(expected).RootElement, RelaxedJson);

    private static (Schema, Dictionary<string, IReadOnlyDictionary<string, object?>>) Load()
    {
        var folder = RepositoryLayout.Shared(Folder);
        using var data = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "starWarsData.json")));
        var characters = data.RootElement.GetProperty("characters").EnumerateArray()
            .Select(ToCharacter)
            .ToDictionary(character => (string)character["id"]!, StringComparer.Ordinal);

        ValueTask<object?> Friends(IResolveFieldContext context) =>
            ValueTask.FromResult<object?>(((IEnumerable<object?>)((IReadOnlyDictionary<string, object?>)context.Parent!)["friends"]!)
                .Select(id => characters.GetValueOrDefault((string)id!)).ToList());

        var resolvers = new Dictionary<(string, string), FieldResolver>
        {
            [("Query", "hero")] = context => ValueTask.FromResult<object?>(characters[context.Arguments.GetValueOrDefault("episode") is 5 ? "1000" : "2001"]),
            [("Query", "human")] = context => ValueTask.FromResult<object?>(Find(characters, context, "Human")),
            [("Query", "droid")] = context => ValueTask.FromResult<object?>(Find(characters, context, "Droid")),
            [("Human", "friends")] = Friends,
            [("Droid", "friends")] = Friends,
            [("Human", "secretBackstory")] = _ => throw new GraphQLException("secretBackstory is secret."),
            [("Droid", "secretBackstory")] = _ => throw new GraphQLException("secretBackstory is secret."),
        };
        TypeResolver byKind = (value, context) => ValueTask.FromResult(context.Schema.GetType((string)((IReadOnlyDictionary<string, object?>)value)["type"]!) as ObjectType);
        var schema = SchemaBuilder.FromSdl(File.ReadAllText(Path.Combine(folder, "starWarsSchema.graphql")), new SchemaBuildOptions
        {
            ResolveField = (type, field) => resolvers.GetValueOrDefault((type, field)),
            EnumValues = new Dictionary<string, IReadOnlyDictionary<string, object?>>
            {
                ["Episode"] = new Dictionary<string, object?> { ["NEW_HOPE"] = 4, ["EMPIRE"] = 5, ["JEDI"] = 6 },
            },
            TypeResolvers = new Dictionary<string, TypeResolver> { ["Character"] = byKind },
        });
        return (schema, characters);
    }

    private static IReadOnlyDictionary<string, object?>? Find(Dictionary<string, IReadOnlyDictionary<string, object?>> characters, IResolveFieldContext context, string type) =>
        characters.GetValueOrDefault((string)context.Arguments["id"]!) is { } found && (string)found["type"]! == type ? found : null;

    private static IReadOnlyDictionary<string, object?> ToCharacter(JsonElement element) =>
        element.EnumerateObject().ToDictionary(property => property.Name, property => ToValue(property.Value), StringComparer.Ordinal);

    private static object? ToValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetInt32(),
        JsonValueKind.Array => element.EnumerateArray().Select(ToValue).ToList(),
        _ => null,
    };
}
