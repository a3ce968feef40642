using Serverless.TestSupport;
using Xunit.Abstractions;

namespace Serverless.GraphQL.Tests.Language.Printing;

/// <summary>
/// The graphql-js-print suite: every .graphql fixture of the shared spec folder, plus our hand-written edge cases,
/// parsed and printed by us and by graphql-js 17; printed text and syntax errors must agree exactly.
/// </summary>
public sealed class PrintOracleTests(ITestOutputHelper output)
{
    private const string Fixtures = "specs/graphql/fixtures";

    [OracleSharedDataFact(Fixtures)]
    public async Task Graphql_js_print_agrees_on_fixtures_and_edge_cases()
    {
        var root = RepositoryLayout.Shared(Fixtures);
        var fixtures = Directory.EnumerateFiles(root, "*.graphql", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => new OracleCase(Path.GetRelativePath(root, path), File.ReadAllText(path)))
            .ToList();
        fixtures.Count.ShouldBeGreaterThanOrEqualTo(5);
        var edgeCases = PrintEdgeCases.All;
        var truncations = Truncations(fixtures.Where(f => f.Name.Contains("kitchen-sink", StringComparison.Ordinal)));

        var report = new SuiteReport("graphql-js-diff", "print");
        Check(report, "fixtures", fixtures, await GraphQLJsOracle.RunAsync(fixtures, CancellationToken.None));
        Check(report, "edge-cases", edgeCases, await GraphQLJsOracle.RunAsync(edgeCases, CancellationToken.None));
        Check(report, "truncated-kitchen-sinks", truncations, await GraphQLJsOracle.RunAsync(truncations, CancellationToken.None));

        output.WriteLine(report.Publish());
        report.Failed.ShouldBe(0, string.Join("\n", report.Failures));
    }

    /// <summary>
    /// The kitchen sinks cut off after every 7th character: mostly syntax errors at every kind of position, whose
    /// messages and locations must agree with graphql-js too.
    /// </summary>
    private static List<OracleCase> Truncations(IEnumerable<OracleCase> sources) =>
        sources
            .SelectMany(source => Enumerable.Range(1, (source.Source.Length - 1) / 7)
                .Select(i => i * 7)
                .Where(cut => !char.IsLowSurrogate(source.Source[cut]))
                .Select(cut => new OracleCase($"{source.Name}@{cut}", source.Source[..cut])))
            .ToList();

    private static void Check(SuiteReport report, string group, IReadOnlyList<OracleCase> cases, IReadOnlyList<OracleResult> expected)
    {
        expected.Count.ShouldBe(cases.Count);
        var passed = 0;
        for (var i = 0; i < cases.Count; i++)
        {
            var why = GraphQLJsOracle.Compare(cases[i], expected[i]);
            if (why is null)
            {
                report.Pass();
                passed++;
            }
            else
            {
                report.Fail($"{group}/{cases[i].Name}", why);
            }
        }

        report.Detail($"{group}: {passed}/{cases.Count}");
    }
}
