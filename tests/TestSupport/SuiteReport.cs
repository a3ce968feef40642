using System.Globalization;
using System.Text;

namespace Serverless.TestSupport;

/// <summary>
/// The one-line result of a conformance suite, <c>suite NAME: P passed, F failed, S skipped</c>, plus its
/// per-file counts and the reason for every skipped case. The line goes to the test's output and to
/// <c>TestResults/suites/NAME.txt</c> (env SUITE_REPORT_DIR overrides), which the test script prints, so it
/// shows in the test command's output whether the test passed or not. A suite checked by several tests (e.g.
/// graphql-js-diff: print, validate, execute, …) gives each test a part; the test script adds the parts up into
/// the suite's one line.
/// </summary>
public sealed class SuiteReport
{
    private readonly string _name;
    private readonly string? _part;
    private readonly List<string> _details = [];
    private readonly List<string> _failures = [];
    private readonly List<string> _skips = [];

    public SuiteReport(string name, string? part = null)
    {
        _name = name;
        _part = part;
    }

    public int Passed { get; private set; }

    public int Failed => _failures.Count;

    public int Skipped => _skips.Count;

    public IReadOnlyList<string> Failures => _failures;

    public string SummaryLine =>
        string.Create(CultureInfo.InvariantCulture, $"suite {_name}{(_part is null ? string.Empty : $" [{_part}]")}: {Passed} passed, {Failed} failed, {Skipped} skipped");

    public void Pass() => Passed++;

    public void Fail(string caseName, string why) => _failures.Add($"FAIL {caseName}: {why}");

    public void Skip(string caseName, string reason) => _skips.Add($"SKIP {caseName}: {reason}");

    /// <summary>A free-form detail line, e.g. one file's counts.</summary>
    public void Detail(string line) => _details.Add(line);

    /// <summary>Writes the report file and returns its full text (for ITestOutputHelper).</summary>
    public string Publish()
    {
        var text = Render();
        var directory = Environment.GetEnvironmentVariable("SUITE_REPORT_DIR") is { Length: > 0 } configured
            ? configured
            : Path.Combine(RepositoryLayout.RepositoryRoot, "TestResults", "suites");
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, _part is null ? $"{_name}.txt" : $"{_name}@{_part}.txt"), text);
        return text;
    }

    /// <summary>The report's text without publishing it: for checks that are part of a larger named suite.</summary>
    public string Render()
    {
        var text = new StringBuilder();
        text.AppendLine(SummaryLine);
        foreach (var line in _details.Concat(_skips).Concat(_failures))
        {
            text.Append("  ").AppendLine(line);
        }

        return text.ToString();
    }
}
