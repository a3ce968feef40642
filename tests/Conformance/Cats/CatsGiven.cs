using System.Text.Json.Nodes;

namespace Serverless.Conformance.Tests.Cats;

/// <summary>
/// A test's "given" merged over its file's "background" key by key (cats README): the query, the schema SDL (inline or
/// read from <c>schema-file</c> beside the YAML file) and the test data.
/// </summary>
public sealed record CatsGiven(string Query, string? Schema, JsonObject TestData)
{
    public static CatsGiven Merge(JsonObject? background, JsonObject? given, string scenarioDirectory, Func<string, JsonNode?> loadDataFile)
    {
        JsonNode? Pick(string key) => given?[key] ?? background?[key];

        var schema = Pick("schema")?.GetValue<string>()
            ?? (Pick("schema-file")?.GetValue<string>() is { } schemaFile ? File.ReadAllText(Path.Combine(scenarioDirectory, schemaFile)) : null);
        var testData = Pick("test-data") as JsonObject
            ?? (Pick("test-data-file")?.GetValue<string>() is { } dataFile ? loadDataFile(Path.Combine(scenarioDirectory, dataFile)) as JsonObject : null)
            ?? [];
        var query = Pick("query")?.GetValue<string>() ?? throw new InvalidOperationException("cats test without a query");
        return new CatsGiven(query, schema, testData);
    }
}
