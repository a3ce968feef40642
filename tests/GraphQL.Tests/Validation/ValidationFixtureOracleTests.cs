using System.Text.Json;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Tests.Language;
using Serverless.GraphQL.Types;
using Serverless.GraphQL.Validation;
using Serverless.TestSupport;
using Xunit.Abstractions;

namespace Serverless.GraphQL.Tests.Validation;

/// <summary>
/// The graphql-js-validate-fixtures suite: the shared graphql-js fixture documents (kitchen sinks, whole SDL files used
/// as request documents, which also exercise the error limit) validated against the harness and Star Wars schemas by
/// us and by graphql-js 17; messages, locations and order must agree.
/// </summary>
public sealed class ValidationFixtureOracleTests(ITestOutputHelper output)
{
    private const string Fixtures = "specs/graphql/fixtures/graphql-js";

    private static readonly string[] DocumentFiles =
        ["kitchen-sink.graphql", "schema-kitchen-sink.graphql", "github-schema.graphql", "starwars/starWarsSchema.graphql"];

    private static readonly string[] SchemaFiles = ["validation-harness-schema.graphql", "starwars/starWarsSchema.graphql"];

    [OracleSharedDataFact(Fixtures)]
    public async Task Graphql_js_validate_agrees_on_shared_fixtures()
    {
        var root = RepositoryLayout.Shared(Fixtures);
        var documents = DocumentFiles
            .Select(name => (Name: name, Text: File.ReadAllText(Path.Combine(root, name))))
            .ToList();
        var schemas = SchemaFiles
            .Select(name => (Name: name, Sdl: File.ReadAllText(Path.Combine(root, name))))
            .ToList();
        var rules = SpecifiedRules.All.Select(r => r.Name).ToList();
        var report = new SuiteReport("graphql-js-diff", "validate-fixtures");

        foreach (var (schemaName, sdl) in schemas)
        {
            var schema = SchemaBuilder.FromSdl(sdl);
            var input = JsonSerializer.Serialize(new { schema = sdl, rules, queries = documents.Select(d => d.Text) });
            var json = await NodeOracle.RunAsync("validate.mjs", input, CancellationToken.None);
            var expected = JsonSerializer.Deserialize<List<List<OracleError>>>(json) ?? throw new InvalidOperationException("validate.mjs wrote no JSON");
            expected.Count.ShouldBe(documents.Count);
            for (var i = 0; i < documents.Count; i++)
            {
                var ours = DocumentValidator.Validate(schema, Parser.Parse(documents[i].Text)).Select(ValidationRuleTests.Format).ToList();
                var theirs = expected[i].Select(e => e.Format()).ToList();
                if (ours.SequenceEqual(theirs))
                {
                    report.Pass();
                }
                else
                {
                    var first = Enumerable.Range(0, Math.Max(ours.Count, theirs.Count))
                        .First(k => k >= ours.Count || k >= theirs.Count || ours[k] != theirs[k]);
                    report.Fail(
                        $"{documents[i].Name} against {schemaName}",
                        $"{ours.Count} vs {theirs.Count} errors; first difference #{first}: ours {(first < ours.Count ? ours[first] : "-")}, graphql-js {(first < theirs.Count ? theirs[first] : "-")}");
                }
            }

            report.Detail($"{schemaName}: {documents.Count} documents");
        }

        output.WriteLine(report.Publish());
        report.Failed.ShouldBe(0, string.Join("\n", report.Failures));
    }
}
