using System.Globalization;
using System.Text.Json;
using Serverless.TestSupport;
using Xunit.Abstractions;

namespace Serverless.Mongo.Tests.Configuration;

/// <summary>The connection-string and uri-options conformance suites, one test and one suite line each.</summary>
public sealed class UriSpecSuiteTests(ITestOutputHelper output)
{
    [SharedDataFact("specs/mongodb/connection-string")]
    public void Connection_string_suite_passes_every_case() => RunSuite("connection-string", "specs/mongodb/connection-string");

    [SharedDataFact("specs/mongodb/uri-options")]
    public void Uri_options_suite_passes_every_case() => RunSuite("uri-options", "specs/mongodb/uri-options");

    private void RunSuite(string name, string folder)
    {
        var report = new SuiteReport(name);
        foreach (var file in Directory.GetFiles(RepositoryLayout.Shared(folder), "*.json").Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            var fileName = Path.GetFileName(file);
            var passed = 0;
            var total = 0;
            foreach (var testCase in document.RootElement.GetProperty("tests").EnumerateArray())
            {
                total++;
                var caseName = fileName + ": " + testCase.GetProperty("description").GetString();
                var failure = UriSpecCaseChecker.Check(testCase);
                if (failure is null)
                {
                    report.Pass();
                    passed++;
                }
                else
                {
                    report.Fail(caseName, failure);
                }
            }

            report.Detail(string.Create(CultureInfo.InvariantCulture, $"{fileName}: {passed}/{total}"));
        }

        output.WriteLine(report.Publish());
        report.Failed.ShouldBe(0, string.Join(Environment.NewLine, report.Failures));
        report.Passed.ShouldBeGreaterThan(0);
    }
}
