using System.Text.Json;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;
using Serverless.GraphQL.Validation;
using Serverless.TestSupport;
using Xunit.Abstractions;

namespace Serverless.GraphQL.Tests.Validation;

/// <summary>
/// The graphql-js-validate suite: the rule-table queries and <see cref="ValidationCorpus"/> validated by us and by
/// graphql-js 17 (tests/Oracles/validate.mjs) with the rules we implement, all at once; messages, locations and their
/// order must agree exactly. Rules not in <see cref="SpecifiedRules.All"/> are left out on both sides.
/// </summary>
public sealed class ValidationOracleTests(ITestOutputHelper output)
{
    [OracleFact]
    public async Task Graphql_js_validate_agrees_on_corpus()
    {
        var documents = RuleCases.All.Select(c => c.Query).Concat(ValidationCorpus.Documents).Distinct().ToList();
        documents.Count.ShouldBeGreaterThanOrEqualTo(150);
        var rules = SpecifiedRules.All.Select(r => r.Name).ToList();
        var report = new SuiteReport("graphql-js-diff", "validate");

        await CompareAsync(report, "harness schema", ValidationTestSchema.Sdl, ValidationTestSchema.Schema, documents, rules);
        await CompareAsync(report, "overlap schema", OverlapCorpus.Sdl, SchemaBuilder.FromSdl(OverlapCorpus.Sdl), OverlapCorpus.Documents, rules);
        await CompareAsync(report, "custom scalars", OverlapCorpus.CustomScalarSdl, SchemaBuilder.FromSdl(OverlapCorpus.CustomScalarSdl), OverlapCorpus.CustomScalarDocuments, rules);
        await CompareAsync(report, "hidden suggestions", ValidationTestSchema.Sdl, ValidationTestSchema.Schema, documents, rules, hideSuggestions: true);

        report.Detail($"rules: {string.Join(", ", rules)}");
        output.WriteLine(report.Publish());
        report.Failed.ShouldBe(0, string.Join("\n", report.Failures));
    }

    private static async Task CompareAsync(
        SuiteReport report, string group, string sdl, Schema schema, IReadOnlyList<string> documents, IReadOnlyList<string> rules, bool hideSuggestions = false)
    {
        var input = JsonSerializer.Serialize(new { schema = sdl, rules, queries = documents, hideSuggestions });
        var options = new ValidationOptions { HideSuggestions = hideSuggestions };
        var json = await NodeOracle.RunAsync("validate.mjs", input, CancellationToken.None);
        var expected = JsonSerializer.Deserialize<List<List<OracleError>>>(json) ?? throw new InvalidOperationException("validate.mjs wrote no JSON");

        expected.Count.ShouldBe(documents.Count);
        var passed = 0;
        for (var i = 0; i < documents.Count; i++)
        {
            var ours = DocumentValidator.Validate(schema, Parser.Parse(documents[i]), options).Select(ValidationRuleTests.Format).ToList();
            var theirs = expected[i].Select(e => e.Format()).ToList();
            if (ours.SequenceEqual(theirs))
            {
                report.Pass();
                passed++;
            }
            else
            {
                report.Fail($"{group}: {documents[i]}", $"\n  ours:       {string.Join("\n              ", ours)}\n  graphql-js: {string.Join("\n              ", theirs)}");
            }
        }

        report.Detail($"{group}: {passed}/{documents.Count}");
    }
}
