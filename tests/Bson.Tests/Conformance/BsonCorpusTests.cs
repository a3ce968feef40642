using System.Text.Json;
using Serverless.TestSupport;
using Xunit.Abstractions;

namespace Serverless.Bson.Tests.Conformance;

/// <summary>
/// The official BSON corpus (specifications source/bson-corpus/tests, see shared/specs/mongodb/SOURCES.md,
/// "bson-corpus"): the binary codec and the Extended JSON reader and writer against every valid case, decode
/// error and parse error, plus the spec's prose tests. One test, so the suite reports one line.
/// The bson-binary-vector folder is a separate suite.
/// </summary>
public sealed class BsonCorpusTests
{
    private const string CorpusFolder = "specs/mongodb/bson-corpus";

    private readonly ITestOutputHelper _output;

    public BsonCorpusTests(ITestOutputHelper output) => _output = output;

    [SharedDataFact(CorpusFolder)]
    public void Every_corpus_case_passes()
    {
        var report = new SuiteReport("bson-corpus");
        var files = Directory.GetFiles(RepositoryLayout.Shared(CorpusFolder), "*.json").Order(StringComparer.Ordinal).ToList();
        files.ShouldNotBeEmpty();
        foreach (var path in files)
        {
            var name = Path.GetFileName(path);
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            Counted(report, name, () => new BsonCorpusChecks(report, name).Run(json.RootElement));
        }

        Counted(report, "prose", () => RunProseTests(report));

        _output.WriteLine(report.Publish());
        report.Failed.ShouldBe(0, string.Join(Environment.NewLine, report.Failures));
        report.Passed.ShouldBeGreaterThan(0);
    }

    private static void Counted(SuiteReport report, string label, Action run)
    {
        var (passed, total) = (report.Passed, report.Passed + report.Failed + report.Skipped);
        run();
        var newTotal = report.Passed + report.Failed + report.Skipped;
        report.Detail($"{label}: {report.Passed - passed}/{newTotal - total}");
    }

    /// <summary>
    /// bson-corpus.md, "Prose Tests": field names and regex pattern/options are cstrings, so encoding a NUL in
    /// any of them must fail rather than silently truncate.
    /// </summary>
    private static void RunProseTests(SuiteReport report)
    {
        (string Name, BsonDocument Document)[] cases =
        [
            ("NUL in a field name", [new BsonElement("a\0b", 1)]),
            ("NUL in a sub-document field name", [new BsonElement("x", new BsonDocument(new BsonElement("a\0", 1)))]),
            ("NUL in a regex pattern", [new BsonElement("r", new BsonRegularExpression("a\0b", "i"))]),
            ("NUL in regex options", [new BsonElement("r", new BsonRegularExpression("ab", "i\0"))]),
        ];
        foreach (var (name, document) in cases)
        {
            try
            {
                BsonCodec.Encode(document);
                report.Fail($"prose {name}", "encoded without error; BsonEncodeException expected");
            }
            catch (BsonEncodeException)
            {
                report.Pass();
            }
        }
    }
}
