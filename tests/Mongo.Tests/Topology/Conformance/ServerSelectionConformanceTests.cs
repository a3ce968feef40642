using System.Text.Json;
using Serverless.TestSupport;
using Xunit.Abstractions;

namespace Serverless.Mongo.Tests.Topology.Conformance;

/// <summary>
/// The whole Server Selection conformance suite (shared/specs/mongodb/server-selection: server_selection, rtt and
/// in_window), reported as the one line <c>suite server-selection: …</c> with one detail line per folder.
/// </summary>
public sealed class ServerSelectionConformanceTests(ITestOutputHelper output)
{
    private const string SuiteFolder = "specs/mongodb/server-selection";

    [SharedDataFact(SuiteFolder)]
    public async Task Server_selection_spec_suite_passes_every_case()
    {
        var root = RepositoryLayout.Shared(SuiteFolder);
        var report = new SuiteReport("server-selection");
        var folders = Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories)
            .GroupBy(file => Path.GetRelativePath(root, Path.GetDirectoryName(file)!).Replace('\\', '/'))
            .OrderBy(group => group.Key, StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            var passedBefore = report.Passed;
            var files = folder.Order(StringComparer.Ordinal).ToList();
            foreach (var file in files)
            {
                var caseName = Path.GetRelativePath(root, file).Replace('\\', '/');
                var failure = await RunCaseAsync(folder.Key, file).ConfigureAwait(true);
                if (failure is null)
                {
                    report.Pass();
                }
                else
                {
                    report.Fail(caseName, failure);
                }
            }

            report.Detail($"{folder.Key}: {report.Passed - passedBefore}/{files.Count}");
        }

        output.WriteLine(report.Publish());
        report.Passed.ShouldBeGreaterThan(0, "the suite folder holds no test files");
        report.Failed.ShouldBe(0, string.Join(Environment.NewLine, report.Failures));
    }

    private static async Task<string?> RunCaseAsync(string folder, string file)
    {
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(file).ConfigureAwait(true));
        var test = document.RootElement;
        var kind = folder.Split('/')[0];
        return kind switch
        {
            "rtt" => RttSpecCase.Run(test),
            "in_window" => await InWindowSpecCase.RunAsync(test, CancellationToken.None).ConfigureAwait(true),
            "server_selection" => await SelectionSpecCase.RunAsync(test, CancellationToken.None).ConfigureAwait(true),
            _ => $"unrecognised test folder '{folder}'",
        };
    }
}
