using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Serverless.GraphQL.Benchmarks;

/// <summary>
/// Runs the BenchmarkDotNet parse and execution benchmarks, then prints them beside the graphql-js reference run
/// (bench/run-graphql.sh makes that run first). Own option, removed before BenchmarkDotNet sees the rest:
/// <c>--js-results PATH</c> (default bench/artifacts/graphql-js.json). Without a <c>--filter</c>, runs everything.
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        var (referencePath, benchmarkArgs) = SplitArguments(args);
        var fixtures = Path.GetFullPath(BenchLayout.FixturesDirectory);
        var githubBytes = BenchLayout.ReadFixture(ParseBenchmarks.GithubSchemaFile).LongLength;
        var kitchenSinkBytes = BenchLayout.ReadFixture(ParseBenchmarks.KitchenSinkFile).LongLength;

        // Like for like first: both sides must answer the execution query with the same JSON, byte for byte.
        string sha256;
        int length;
        string json;
        using (var fixture = new ExecutionFixture())
        {
            (sha256, length, json) = await fixture.FingerprintAsync().ConfigureAwait(false);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Ours: execution response {length} bytes, sha256 {sha256}"));
        var reference = File.Exists(referencePath) ? ReferenceResults.Load(referencePath) : null;
        if (reference is not null && !string.Equals(reference.ExecutionSha256, sha256, StringComparison.Ordinal))
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"graphql-js answered differently ({reference.ExecutionLength} bytes, sha256 {reference.ExecutionSha256}); ours begins: {json[..Math.Min(300, json.Length)]}"));
            return 1;
        }

        var job = Job.Default
            .WithWarmupCount(3)
            .WithIterationCount(8)
            .WithEnvironmentVariables(new EnvironmentVariable(BenchLayout.FixturesVariable, fixtures));
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(job)
            .WithArtifactsPath(Path.Combine(BenchLayout.ArtifactsDirectory, "BenchmarkDotNet"));
        var summaries = BenchmarkSwitcher.FromTypes([typeof(ParseBenchmarks), typeof(ExecuteBenchmarks), typeof(DocumentCacheBenchmarks)]).Run(benchmarkArgs, config).ToArray();
        var ours = Collect(summaries);
        var failed = ours.Count == 0 || summaries.Any(s => s.HasCriticalValidationErrors) || summaries.SelectMany(s => s.Reports).Any(r => !r.Success);

        ComparisonRow[] rows =
        [
            new("parse github-schema.graphql (ours: UTF-8 bytes)", nameof(ParseBenchmarks.ParseGithubSchemaUtf8), "parseGithubSchema", githubBytes),
            new("parse github-schema.graphql (ours: string)", nameof(ParseBenchmarks.ParseGithubSchemaString), "parseGithubSchema", githubBytes),
            new("parse kitchen-sink.graphql (ours: UTF-8 bytes)", nameof(ParseBenchmarks.ParseKitchenSinkUtf8), "parseKitchenSink", kitchenSinkBytes),
            new("parse kitchen-sink.graphql (ours: string)", nameof(ParseBenchmarks.ParseKitchenSinkString), "parseKitchenSink", kitchenSinkBytes),
            new("execute 1,000 items x 3 nested fields + JSON", nameof(ExecuteBenchmarks.ExecuteItemList), "executeItemList", null),
        ];

        Console.WriteLine();
        Console.WriteLine("## GraphQL engine vs graphql-js");
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Ours: Serverless.GraphQL on .NET {Environment.Version}, {Environment.ProcessorCount} cores; load average now {LoadAverage()}"));
        Console.WriteLine(reference is null
            ? $"Reference: no results at {referencePath} (run bench/run-graphql.sh for the side-by-side run)"
            : $"Reference: {reference}; same execution JSON on both sides: yes (sha256 {sha256})");
        Console.WriteLine("MB = 10^6 bytes of UTF-8 source; ours is BenchmarkDotNet's mean, graphql-js its median batch; the best/best ratio divides our fastest iteration by graphql-js's fastest batch (least disturbed by other load on both sides).");
        Console.WriteLine();
        var table = ComparisonTable.Render(rows, ours, reference);
        Console.Write(table);
        Console.WriteLine();
        Console.WriteLine(ComparisonTable.MeetsGoal(rows, ours, reference) switch
        {
            true => "Goal (at least 2x graphql-js): met on every operation measured on both sides.",
            false => "Goal (at least 2x graphql-js): NOT met on at least one operation.",
            null => "Goal (at least 2x graphql-js): not judged (missing results).",
        });

        Directory.CreateDirectory(BenchLayout.ArtifactsDirectory);
        await File.WriteAllTextAsync(Path.Combine(BenchLayout.ArtifactsDirectory, "graphql-comparison.md"), table).ConfigureAwait(false);
        if (failed)
        {
            Console.Error.WriteLine("Benchmark run incomplete; see above.");
            return 1;
        }

        return 0;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static Dictionary<string, OurResult> Collect(IEnumerable<Summary> summaries)
    {
        var results = new Dictionary<string, OurResult>(StringComparer.Ordinal);
        foreach (var report in summaries.SelectMany(s => s.Reports))
        {
            if (!report.Success || report.ResultStatistics is not { } statistics)
            {
                continue;
            }

            var method = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
            results[method] = new OurResult(method, statistics.Mean, statistics.Min, report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase));
        }

        return results;
    }

    private static (string ReferencePath, string[] BenchmarkArgs) SplitArguments(string[] args)
    {
        var referencePath = BenchLayout.DefaultReferenceResultsPath;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--js-results" && i + 1 < args.Length)
            {
                referencePath = Path.GetFullPath(args[++i]);
            }
            else
            {
                rest.Add(args[i]);
            }
        }

        if (!rest.Any(a => a is "--filter" or "-f" || a.StartsWith("--filter=", StringComparison.Ordinal)))
        {
            rest.AddRange(["--filter", "*"]);
        }

        return (referencePath, rest.ToArray());
    }
}
