using System.Globalization;
using Serverless.Benchmarks;

namespace Serverless.Mongo.Benchmarks;

/// <summary>
/// Measures our client against the embedded server that bench/run-mongo.sh started (the Node driver's reference
/// run came first, on the same server), then finds with and without an index, and prints both tables (also
/// written to bench/artifacts/mongo-comparison.md). Options: <c>--uri URI</c> (required),
/// <c>--js-results PATH</c> (default bench/artifacts/mongo-node.json).
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        string? uri = null;
        var referencePath = Path.Combine(BenchRepository.ArtifactsDirectory, "mongo-node.json");
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--uri":
                    uri = args[i + 1];
                    break;
                case "--js-results":
                    referencePath = Path.GetFullPath(args[i + 1]);
                    break;
                default:
                    await Console.Error.WriteLineAsync($"unknown argument '{args[i]}'").ConfigureAwait(false);
                    return 2;
            }
        }

        if (uri is null)
        {
            await Console.Error.WriteLineAsync("usage: Mongo.Benchmarks --uri <mongodb-uri> [--js-results PATH]").ConfigureAwait(false);
            return 2;
        }

        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        var cancellationToken = stop.Token;
        var reference = File.Exists(referencePath) ? ReferenceResults.Load(referencePath) : null;
        await using var client = new MongoClient(uri);

        var workload = await ClientWorkload.CreateAsync(client, cancellationToken).ConfigureAwait(false);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Ours: Serverless.Mongo on .NET {Environment.Version}: {workload.MovieCount} movies at {uri}"));
        (string Name, string Description, Func<CancellationToken, Task> Run)[] operations =
        [
            ("findById", "find by _id (one document)", workload.FindByIdAsync),
            ("find100", $"find, limit {LoadPlan.FindManyLimit} (all read)", workload.FindManyAsync),
        ];

        // Same order as js/bench.mjs: every latency first, then every throughput.
        var latencies = new List<Measurement>();
        foreach (var (_, _, run) in operations)
        {
            latencies.Add(await Harness.LatencyAsync(run, cancellationToken).ConfigureAwait(false));
        }

        var driverRows = new List<(string, string, Measurement)>();
        for (var i = 0; i < operations.Length; i++)
        {
            var opsPerSec = await Harness.ThroughputAsync(operations[i].Run, cancellationToken).ConfigureAwait(false);
            driverRows.Add((operations[i].Name, operations[i].Description, latencies[i] with { OpsPerSec = opsPerSec }));
        }

        var indexes = await IndexWorkload.CreateAsync(client, cancellationToken).ConfigureAwait(false);
        var indexRows = new List<(string, long, Measurement, Measurement)>();
        foreach (var (name, filter, matches) in indexes.Queries)
        {
            var scan = await Harness.LatencyAsync(indexes.Find(filter, useIndexedCopy: false, matches), cancellationToken).ConfigureAwait(false);
            var index = await Harness.LatencyAsync(indexes.Find(filter, useIndexedCopy: true, matches), cancellationToken).ConfigureAwait(false);
            indexRows.Add((name, matches, scan, index));
        }

        var load = File.Exists("/proc/loadavg") ? string.Join(' ', (await File.ReadAllTextAsync("/proc/loadavg", cancellationToken).ConfigureAwait(false)).Split(' ').Take(3)) : "n/a";
        var report = new System.Text.StringBuilder();
        report.AppendLine("## Our client vs the Node driver, same embedded server");
        report.AppendLine();
        report.AppendLine(reference is null
            ? $"Reference: no results at {referencePath} (run bench/run-mongo.sh for the side-by-side run)"
            : $"Reference: {reference}; ours: Serverless.Mongo on .NET {Environment.Version}; {Environment.ProcessorCount} cores; load average at the end {load}");
        report.AppendLine(CultureInfo.InvariantCulture,
            $"Latency: sequential, {LoadPlan.LatencyRounds} rounds of {LoadPlan.LatencyRound.TotalSeconds:F1} s after {LoadPlan.LatencyWarmup.TotalSeconds:F1} s warm-up, nearest-rank percentiles of every operation. Throughput: {LoadPlan.Workers} concurrent workers on one client, median of {LoadPlan.ThroughputRounds} rounds of {LoadPlan.ThroughputRound.TotalSeconds:F1} s.");
        report.AppendLine();
        report.Append(ComparisonTable.RenderDrivers(driverRows, reference));
        report.AppendLine();
        report.AppendLine("## Embedded server: equality find with and without an index (through our client)");
        report.AppendLine();
        report.Append(ComparisonTable.RenderIndexes(indexRows));

        Console.WriteLine();
        Console.Write(report);
        Directory.CreateDirectory(BenchRepository.ArtifactsDirectory);
        await File.WriteAllTextAsync(Path.Combine(BenchRepository.ArtifactsDirectory, "mongo-comparison.md"), report.ToString(), cancellationToken).ConfigureAwait(false);
        return 0;
    }
}
