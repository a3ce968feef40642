using System.Text.Json.Nodes;
using Serverless.TestSupport;

namespace Serverless.Conformance.Tests.Cats;

/// <summary>
/// Runs every graphql-cats scenario file (YAML converted by tests/Oracles/yaml-to-json.mjs) against our engine and
/// records each test case in a <see cref="SuiteReport"/>, with one detail line per file.
/// </summary>
public static class CatsSuite
{
    public static async Task<SuiteReport> RunAsync(string scenariosDirectory, CancellationToken cancellationToken)
    {
        var files = Directory.GetFiles(scenariosDirectory, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var json = await NodeOracle.RunAsync("yaml-to-json.mjs", string.Empty, cancellationToken, [.. files]).ConfigureAwait(false);
        var documents = JsonNode.Parse(json)!.AsObject();
        var mappingPath = Path.Combine(scenariosDirectory, "error-mapping.yaml");
        var templates = documents[mappingPath]!.AsObject().ToDictionary(p => p.Key, p => p.Value!["message"]!.GetValue<string>(), StringComparer.Ordinal);
        var expectations = new CatsExpectations(templates);

        var report = new SuiteReport("graphql-cats");
        foreach (var file in files.Where(f => f != mappingPath))
        {
            var scenario = documents[file]!.AsObject();
            var relative = Path.GetRelativePath(scenariosDirectory, file);
            var passed = 0;
            var tests = scenario["tests"]!.AsArray();
            foreach (var test in tests.Select(t => t!.AsObject()))
            {
                var caseName = $"{relative} / {test["name"]!.GetValue<string>()}";
                var given = CatsGiven.Merge(scenario["background"] as JsonObject, test["given"] as JsonObject, Path.GetDirectoryName(file)!, path => documents[path]);
                var outcome = await ICatsAction.From(test["when"]!.AsObject()).RunAsync(given, cancellationToken).ConfigureAwait(false);
                var verdict = expectations.Judge(test["then"]!, outcome);
                switch (verdict.Kind)
                {
                    case CatsVerdictKind.Pass:
                        report.Pass();
                        passed++;
                        break;
                    case CatsVerdictKind.Skip:
                        report.Skip(caseName, verdict.Reason);
                        break;
                    default:
                        report.Fail(caseName, verdict.Reason);
                        break;
                }
            }

            report.Detail($"{relative}: {passed}/{tests.Count} passed");
        }

        return report;
    }
}
