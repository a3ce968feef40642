using System.Text.Json;
using System.Text.Json.Nodes;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Tests.Language;
using Serverless.GraphQL.Types;
using Serverless.TestSupport;
using Xunit.Abstractions;

namespace Serverless.GraphQL.Tests.Introspection;

/// <summary>
/// Runs graphql-js's full introspection query on each fixture schema through our introspection resolvers and
/// compares the result with graphql-js 17.1.0's. graphql-js 17 adds non-spec introspection (directive deprecation,
/// DIRECTIVE_DEFINITION and FRAGMENT_VARIABLE_DEFINITION locations); we follow the September 2025 spec, so the
/// introspection types themselves and those locations are left out of the comparison.
/// </summary>
public sealed class IntrospectionOracleTests(ITestOutputHelper output)
{
    private const string Script = """
        const g = require('graphql');
        const sdls = JSON.parse(require('fs').readFileSync(0, 'utf8'));
        const query = g.getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true });
        const results = sdls.map(sdl => g.graphqlSync({ schema: g.buildSchema(sdl), source: query }).data);
        process.stdout.write(JSON.stringify({ query, results }));
        """;

    private static readonly string[] Fixtures =
    [
        "starwars/starWarsSchema.graphql",
        "validation-harness-schema.graphql",
        "github-schema.graphql",
    ];

    private const string Extra = """
        "Described" schema { query: Q }
        scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")
        input Pick @oneOf { id: ID old: String @deprecated(reason: "x") }
        directive @tag(name: String! = "t", list: [Int] = [1, 2]) repeatable on FIELD_DEFINITION | OBJECT
        interface A { a: Int } interface B implements A { a: Int }
        type Q implements B & A { a: Int u(x: Url, p: Pick = { id: 1 }, old: Int @deprecated): Url @tag }
        """;

    [OracleSharedDataFact("specs/graphql/fixtures/graphql-js")]
    public async Task Introspection_matches_graphql_js_for_fixture_schemas()
    {
        var folder = RepositoryLayout.Shared("specs/graphql/fixtures/graphql-js");
        var sdls = Fixtures.Select(name => File.ReadAllText(Path.Combine(folder, name))).Append(Extra).ToList();
        var json = await NodeOracle.RunAsync("-e", JsonSerializer.Serialize(sdls), CancellationToken.None, Script);
        var oracle = JsonNode.Parse(json)!;
        var document = Parser.Parse(oracle["query"]!.GetValue<string>());

        var report = new SuiteReport("graphql-js-diff", "introspection");
        for (var i = 0; i < sdls.Count; i++)
        {
            var ours = JsonSerializer.SerializeToNode(await new IntrospectionWalker(SchemaBuilder.FromSdl(sdls[i]), document).ExecuteAsync())!;
            var theirs = oracle["results"]![i]!;
            var name = i < Fixtures.Length ? Fixtures[i] : "extra";
            if (JsonNode.DeepEquals(Normalize(ours), Normalize(theirs)))
            {
                report.Pass();
            }
            else
            {
                report.Fail(name, "introspection differs: " + FirstDifference(Normalize(ours), Normalize(theirs), "$"));
            }
        }

        output.WriteLine(report.Publish());
        report.Failed.ShouldBe(0, string.Join("\n", report.Failures));
    }

    private static JsonNode Normalize(JsonNode data)
    {
        var copy = data.DeepClone();
        var schema = copy["__schema"]!.AsObject();
        var types = schema["types"]!.AsArray();
        foreach (var type in types.Where(t => t!["name"]!.GetValue<string>().StartsWith("__", StringComparison.Ordinal)).ToList())
        {
            types.Remove(type);
        }

        foreach (var directive in schema["directives"]!.AsArray())
        {
            var locations = directive!["locations"]!.AsArray();
            foreach (var location in locations.Where(l => l!.GetValue<string>() is "DIRECTIVE_DEFINITION").ToList())
            {
                locations.Remove(location);
            }
        }

        return copy;
    }

    private static string FirstDifference(JsonNode? ours, JsonNode? theirs, string path)
    {
        if (ours is JsonObject o && theirs is JsonObject t)
        {
            foreach (var key in o.Select(p => p.Key).Union(t.Select(p => p.Key)))
            {
                if (!JsonNode.DeepEquals(o[key], t[key]))
                {
                    return FirstDifference(o[key], t[key], $"{path}.{key}");
                }
            }
        }

        if (ours is JsonArray a && theirs is JsonArray b && a.Count == b.Count)
        {
            for (var i = 0; i < a.Count; i++)
            {
                if (!JsonNode.DeepEquals(a[i], b[i]))
                {
                    return FirstDifference(a[i], b[i], $"{path}[{i}]");
                }
            }
        }

        string Short(JsonNode? node) => node?.ToJsonString() is { } s && s.Length > 200 ? s[..200] + "…" : node?.ToJsonString() ?? "undefined";
        return $"{path}: ours {Short(ours)}, graphql-js {Short(theirs)}";
    }
}
