using System.Text.Json;
using Serverless.GraphQL.Tests.Language;
using Serverless.GraphQL.Types;
using Serverless.TestSupport;
using Xunit.Abstractions;

namespace Serverless.GraphQL.Tests.Types;

public sealed class SchemaPrinterTests(ITestOutputHelper output)
{
    private const string Script = """
        const g = require('graphql');
        const sdls = JSON.parse(require('fs').readFileSync(0, 'utf8'));
        process.stdout.write(JSON.stringify(sdls.map(sdl => g.printSchema(g.buildSchema(sdl)))));
        """;

    private static readonly string[] Fixtures = ["starwars/starWarsSchema.graphql", "validation-harness-schema.graphql", "github-schema.graphql"];

    private static readonly string[] Extras =
    [
        """"
        "Root schema" schema { query: Q mutation: M }
        "Cache\n  hint" directive @cache(ttl: Int = 60, "scope" scope: String) repeatable on FIELD_DEFINITION | OBJECT
        "  indented" scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")
        input Pick @oneOf { "first" id: ID name: String @deprecated(reason: "use \"id\"") }
        enum E { "A value" A B @deprecated C @deprecated(reason: "No longer supported") }
        interface N { id: ID }
        union U = Q | M
        type Q implements N { id: ID f(a: [Int!] = [1], "described" b: Pick = { id: 1 }): U @cache }
        type M { m(x: String = """block"""): Int }
        """",
        "type Query { a: Int } type Mutation { b: Int }",
        "schema { query: Query } type Query { a: String }",
    ];

    [SharedDataFact("specs/graphql/fixtures/graphql-js/starwars/starWarsSchema.graphql")]
    public void Printing_the_star_wars_schema_reproduces_the_fixture()
    {
        var sdl = File.ReadAllText(Path.Combine(RepositoryLayout.Shared("specs/graphql/fixtures/graphql-js"), "starwars/starWarsSchema.graphql"));

        SchemaPrinter.Print(SchemaBuilder.FromSdl(sdl)).ShouldBe(sdl.TrimEnd('\n'));
    }

    [Fact]
    public void Default_root_names_omit_the_schema_definition_and_built_ins_are_not_printed() =>
        SchemaPrinter.Print(SchemaBuilder.FromSdl("type Query { a(x: Int = 1): [String!] @deprecated }"))
            .ShouldBe("type Query {\n  a(x: Int = 1): [String!] @deprecated\n}");

    [OracleSharedDataFact("specs/graphql/fixtures/graphql-js")]
    public async Task Printed_schemas_match_graphql_js_print_schema()
    {
        var folder = RepositoryLayout.Shared("specs/graphql/fixtures/graphql-js");
        var sdls = Fixtures.Select(name => File.ReadAllText(Path.Combine(folder, name))).Concat(Extras).ToList();
        var expected = JsonSerializer.Deserialize<List<string>>(await NodeOracle.RunAsync("-e", JsonSerializer.Serialize(sdls), CancellationToken.None, Script))!;

        var report = new SuiteReport("graphql-js-diff", "print-schema");
        for (var i = 0; i < sdls.Count; i++)
        {
            var ours = SchemaPrinter.Print(SchemaBuilder.FromSdl(sdls[i]));
            var name = i < Fixtures.Length ? Fixtures[i] : $"extra {i - Fixtures.Length}";
            var diff = Enumerable.Range(0, Math.Min(ours.Length, expected[i].Length)).FirstOrDefault(k => ours[k] != expected[i][k], -1);
            if (ours == expected[i])
            {
                report.Pass();
            }
            else
            {
                var at = diff < 0 ? Math.Min(ours.Length, expected[i].Length) : diff;
                report.Fail(name, $"differs at {at}: ours …{Excerpt(ours, at)}… graphql-js …{Excerpt(expected[i], at)}…");
            }
        }

        output.WriteLine(report.Publish());
        report.Failed.ShouldBe(0, string.Join("\n", report.Failures));
    }

    private static string Excerpt(string text, int at) => text.Substring(Math.Max(0, at - 40), Math.Min(text.Length, at + 40) - Math.Max(0, at - 40));
}
