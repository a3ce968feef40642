using Serverless.Bson;
using Serverless.Core.Definitions;

namespace Serverless.Core.Tests.Definitions;

/// <summary>Builds app definition documents for the tests: a valid base and targeted variations of it.</summary>
internal static class Definitions
{
    public const string Schema = "type User { name: String, posts: [Post] } type Post { text: String } type Query { users: [User] }";

    public const string QueryMappings = """{"Query": {"users": {"db": "test", "collection": "users"}}}""";

    public static DefinitionResult Load(string json, DefinitionOptions? options = null) =>
        AppDefinitionLoader.Load(ExtendedJson.ParseDocument(json), options);

    /// <summary>A definition with the given schema SDL and mappings JSON.</summary>
    public static DefinitionResult Load(string schema, string mappings, DefinitionOptions? options = null) =>
        Load($$"""{"_id": "app", "schema": {{Quote(schema)}}, "mappings": {{mappings}} }""", options);

    /// <summary>The base schema with one Query.users mapping document built from <paramref name="mappingBody"/>.</summary>
    public static DefinitionResult LoadUsersMapping(string mappingBody, DefinitionOptions? options = null) =>
        Load(Schema, $$"""{"Query": {"users": {{mappingBody}} } }""", options);

    public static string ErrorOf(DefinitionResult result)
    {
        result.IsValid.ShouldBeFalse("the definition should be invalid");
        return result.Error!;
    }

    public static AppDefinition DefinitionOf(DefinitionResult result)
    {
        result.Error.ShouldBeNull();
        return result.Definition!;
    }

    private static string Quote(string text) => ExtendedJson.Serialize(new BsonString(text));
}
