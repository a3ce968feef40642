using System.Text.Json;
using System.Text.Json.Nodes;
using Serverless.GraphQL.Execution;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Tests.Language;
using Serverless.TestSupport;
using Xunit.Abstractions;

namespace Serverless.GraphQL.Tests.Execution;

/// <summary>
/// Executes the same documents with graphql-js 17.1.0 (tests/Oracles/execute-starwars.mjs) and with
/// <see cref="Executor"/> on the same Star Wars data, and requires byte-identical response JSON (key order included).
/// Directive locations are not queried: graphql-js 17 adds the non-spec DIRECTIVE_DEFINITION location to @deprecated.
/// </summary>
public sealed class StarWarsOracleTests(ITestOutputHelper output)
{
    private static readonly (string Name, string Query, string? Variables)[] Cases =
    [
        ("hero", "{ hero { name } }", null),
        ("nested", "{ hero { id name friends { name appearsIn friends { name } } } }", null),
        ("arguments", """{ empire: hero(episode: EMPIRE) { name } jedi: hero(episode: JEDI) { name } human(id: "1001") { name homePlanet } droid(id: "1000") { name } }""", null),
        ("variables", "query ($id: String!, $ep: Episode) { human(id: $id) { name } hero(episode: $ep) { name } }", """{"id":"1003","ep":"EMPIRE"}"""),
        ("fragments", """
            query { hero { ...Common ... on Droid { primaryFunction } } luke: human(id: "1000") { ...Common homePlanet } }
            fragment Common on Character { __typename id name ... on Human { homePlanet } }
            """, null),
        ("skip-include", "query ($yes: Boolean!) { hero { id @skip(if: $yes) name @include(if: $yes) friends @include(if: false) { name } } }", """{"yes":true}"""),
        ("errors", "{ hero { name secretBackstory friends { name secretBackstory } } }", null),
        ("aliased-errors", "{ luke: human(id: \"1000\") { story: secretBackstory } }", null),
        ("missing-variable", "query ($id: String!) { human(id: $id) { name } }", null),
        ("bad-enum-variable", "query ($ep: Episode) { hero(episode: $ep) { name } }", """{"ep":"PHANTOM"}"""),
        ("null-variable", "query ($id: String!) { human(id: $id) { name } }", """{"id":null}"""),
        ("introspection-type", "{ __type(name: \"Droid\") { name kind interfaces { name } fields { name type { kind name ofType { name } } } } }", null),
        ("introspection-schema", "{ __schema { queryType { name } mutationType { name } directives { name isRepeatable args { name defaultValue } } } }", null),
        ("introspection-enum", "{ __type(name: \"Episode\") { enumValues { name description isDeprecated } } }", null),
    ];

    [OracleSharedDataFact(StarWars.Folder)]
    public async Task Execution_matches_graphql_js_on_the_star_wars_schema()
    {
        var folder = RepositoryLayout.Shared(StarWars.Folder);
        var input = new JsonObject
        {
            ["sdl"] = File.ReadAllText(Path.Combine(folder, "starWarsSchema.graphql")),
            ["data"] = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "starWarsData.json"))),
            ["cases"] = new JsonArray([.. Cases.Select(item => (JsonNode)new JsonObject
            {
                ["name"] = item.Name,
                ["query"] = item.Query,
                ["variables"] = item.Variables is null ? null : JsonNode.Parse(item.Variables),
            })]),
        };
        var oracle = JsonNode.Parse(await NodeOracle.RunAsync("execute-starwars.mjs", input.ToJsonString(), CancellationToken.None))!.AsArray();

        var report = new SuiteReport("graphql-js-diff", "execute-starwars");
        for (var i = 0; i < Cases.Length; i++)
        {
            var (name, query, variables) = Cases[i];
            var result = await Executor.ExecuteAsync(new ExecutionRequest
            {
                Schema = StarWars.Schema,
                Document = Parser.Parse(query),
                Variables = variables is null ? null : JsonDocument.Parse(variables).RootElement.EnumerateObject().ToDictionary(property => property.Name, property => (object?)property.Value.Clone()),
            });
            var ours = result.ToJson();
            var theirs = oracle[i]!["response"]!.GetValue<string>();
            if (ours == theirs)
            {
                report.Pass();
            }
            else
            {
                report.Fail(name, $"ours {ours} graphql-js {theirs}");
            }
        }

        output.WriteLine(report.Publish());
        report.Failed.ShouldBe(0, string.Join(Environment.NewLine, report.Failures));
    }
}
