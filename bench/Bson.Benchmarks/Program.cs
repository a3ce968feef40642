using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Serverless.Bson.Benchmarks;

/// <summary>
/// Runs the BenchmarkDotNet codec benchmarks, then prints MB/s and allocations per document beside the js-bson
/// reference run (bench/run-bson.sh makes that run first). Options of its own, removed before BenchmarkDotNet
/// sees the rest: <c>--js-results PATH</c> (default bench/artifacts/js-bson.json). Without a <c>--filter</c>,
/// runs all benchmarks (<c>--filter *</c>) rather than asking on the console.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var (referencePath, benchmarkArgs) = SplitArguments(args);
        var invariant = CultureInfo.InvariantCulture;

        var dataPath = Path.GetFullPath(BenchLayout.MoviesPath);
        Console.WriteLine($"Loading {dataPath}");
        var corpus = Corpus.Load(dataPath);
        var sha256 = corpus.Sha256OfConcatenatedBson();
        Console.WriteLine(string.Create(invariant, $"Corpus: {corpus.Count} documents, {corpus.TotalBytes} BSON bytes, sha256 {sha256}"));
        var mismatch = corpus.FirstRoundTripMismatch();
        Console.WriteLine(mismatch < 0
            ? "Round trip Encode(Decode(bson)) == bson: yes, all documents"
            : string.Create(invariant, $"Round trip Encode(Decode(bson)) == bson: NO, first difference in document #{mismatch}"));

        var job = Job.Default
            .WithWarmupCount(3)
            .WithIterationCount(10)
            .WithEnvironmentVariables(new EnvironmentVariable(BenchLayout.DataPathVariable, dataPath));
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(job)
            .WithArtifactsPath(Path.Combine(BenchLayout.ArtifactsDirectory, "BenchmarkDotNet"));

        var summaries = BenchmarkSwitcher.FromTypes([typeof(BsonCodecBenchmarks)]).Run(benchmarkArgs, config).ToArray();
        var ours = Collect(summaries, corpus);
        var failed = ours.Count == 0 || summaries.Any(s => s.HasCriticalValidationErrors) || summaries.SelectMany(s => s.Reports).Any(r => !r.Success);

        ReferenceResults? reference = null;
        if (File.Exists(referencePath))
        {
            reference = ReferenceResults.Load(referencePath);
        }

        Console.WriteLine();
        Console.WriteLine("## BSON codec vs js-bson, sample_mflix movies");
        Console.WriteLine();
        Console.WriteLine(string.Create(invariant,
            $"Ours: Serverless.Bson on .NET {Environment.Version}, {corpus.Count} docs, {corpus.TotalBytes} BSON bytes, {Environment.ProcessorCount} cores"));
        var identical = false;
        if (reference is null)
        {
            Console.WriteLine($"Reference: no results at {referencePath} (run bench/run-bson.sh for the side-by-side run)");
        }
        else
        {
            Console.WriteLine($"Reference: {reference}; its serialize inputs give these bytes back: {(reference.SerializeInputsIdentical ? "yes" : "NO")}");
            identical = reference.Documents == corpus.Count && reference.TotalBytes == corpus.TotalBytes
                && string.Equals(reference.Sha256, sha256, StringComparison.Ordinal);
            Console.WriteLine(identical
                ? $"Same BSON bytes on both sides: yes (sha256 {sha256})"
                : string.Create(invariant,
                    $"Same BSON bytes on both sides: NO (ours {corpus.TotalBytes} B sha256 {sha256}; js {reference.TotalBytes} B sha256 {reference.Sha256}): ratios compare different work"));
            if (!identical && reference.CorpusPath is { } corpusPath && File.Exists(corpusPath))
            {
                Console.WriteLine(corpus.DescribeDifferences(File.ReadAllBytes(corpusPath)));
            }
        }

        Console.WriteLine("MB = 10^6 bytes of BSON; one operation = one pass over all documents; ours from BenchmarkDotNet's mean, js-bson from its median batch (and its fastest, for the conservative ratio).");
        Console.WriteLine();
        var table = ComparisonTable.Render(ours, reference);
        Console.Write(table);
        var goal = ComparisonTable.MeetsGoal(ours, reference);
        Console.WriteLine();
        Console.WriteLine(goal switch
        {
            true => "Goal (within 1.5x of js-bson or faster): met on every operation measured on both sides.",
            false => "Goal (within 1.5x of js-bson or faster): NOT met on at least one operation.",
            null => "Goal (within 1.5x of js-bson or faster): not judged (missing results).",
        });

        Directory.CreateDirectory(BenchLayout.ArtifactsDirectory);
        File.WriteAllText(Path.Combine(BenchLayout.ArtifactsDirectory, "bson-comparison.md"), table);

        if (failed || mismatch >= 0 || (reference is not null && (!identical || !reference.SerializeInputsIdentical)))
        {
            Console.Error.WriteLine("Benchmark run incomplete or comparison not like for like; see above.");
            return 1;
        }

        return 0;
    }

    private static Dictionary<string, OurResult> Collect(IEnumerable<Summary> summaries, Corpus corpus)
    {
        var results = new Dictionary<string, OurResult>(StringComparer.Ordinal);
        foreach (var report in summaries.SelectMany(s => s.Reports))
        {
            if (!report.Success || report.ResultStatistics is not { } statistics)
            {
                continue;
            }

            var allocatedPerPass = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase);
            var method = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
            results[method] = new OurResult(
                method,
                statistics.Mean,
                corpus.TotalBytes / (statistics.Mean / 1e9) / 1e6,
                allocatedPerPass is { } bytes ? (double)bytes / corpus.Count : null);
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
