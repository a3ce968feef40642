using System.Text.Json;
using Serverless.GraphQL.Tests.Language;
using Serverless.TestSupport;
using Xunit.Abstractions;

namespace Serverless.GraphQL.Tests.Types;

/// <summary>Re-derives the expected messages of <see cref="InvalidSchemaCases"/> from graphql-js 17.1.0 and compares them with ours.</summary>
public sealed class SchemaValidationOracleTests(ITestOutputHelper output)
{
    // CommonJS through `node -e` so 'graphql' resolves from tests/Oracles (the working directory).
    private const string Script = """
        const g = require('graphql');
        const sdls = JSON.parse(require('fs').readFileSync(0, 'utf8'));
        const out = sdls.map(sdl => {
          try { return g.validateSchema(g.buildSchema(sdl)).map(e => e.message); }
          catch (e) { return e.message.split('\n\n'); }
        });
        process.stdout.write(JSON.stringify(out));
        """;

    [OracleSharedDataFact("specs/graphql/fixtures/graphql-js/schema-kitchen-sink.graphql")]
    public async Task Schema_errors_match_graphql_js()
    {
        var kitchenSink = File.ReadAllText(Path.Combine(RepositoryLayout.Shared("specs/graphql/fixtures/graphql-js"), "schema-kitchen-sink.graphql"));
        var sdls = InvalidSchemaCases.All.Select(c => c.Sdl).Concat(InvalidSchemaCases.Valid).Append(kitchenSink).ToList();
        var json = await NodeOracle.RunAsync("-e", JsonSerializer.Serialize(sdls), CancellationToken.None, Script);
        var expected = JsonSerializer.Deserialize<List<List<string>>>(json) ?? throw new InvalidOperationException("oracle wrote no JSON");

        var report = new SuiteReport("graphql-js-diff", "schema-validation");
        for (var i = 0; i < sdls.Count; i++)
        {
            var ours = SchemaValidationTests.BuildErrors(sdls[i]);
            var name = i == sdls.Count - 1 ? "schema-kitchen-sink.graphql" : sdls[i];
            // The kitchen sink has errors of several SDL rules; graphql-js interleaves them in document order while we
            // report them rule by rule, so only the multiset of messages is compared there.
            var comparable = i == sdls.Count - 1
                ? ours.Order(StringComparer.Ordinal).SequenceEqual(expected[i].Order(StringComparer.Ordinal))
                : ours.SequenceEqual(expected[i]);
            if (comparable)
            {
                report.Pass();
            }
            else
            {
                report.Fail(name, $"ours [{string.Join(" | ", ours)}], graphql-js [{string.Join(" | ", expected[i])}]");
            }
        }

        report.Detail($"cases: {sdls.Count}");
        output.WriteLine(report.Publish());
        report.Failed.ShouldBe(0, string.Join("\n", report.Failures));
    }
}
