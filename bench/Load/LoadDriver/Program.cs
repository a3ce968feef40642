using System.Globalization;
using System.Text;
using Serverless.Benchmarks;

namespace Serverless.Load;

/// <summary>
/// The load driver of bench/run-load.sh: checks that every target answers the two MFlix queries of seed 002 with
/// the same data, then for each client count runs every target in turn (never two at once) and prints the table,
/// also written to bench/artifacts/load-comparison.md. See <see cref="DriverOptions.Usage"/>.
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        DriverOptions options;
        try
        {
            options = DriverOptions.Parse(args);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
        {
            await Console.Error.WriteLineAsync($"{e.Message}\n{DriverOptions.Usage}").ConfigureAwait(false);
            return 2;
        }

        // Every cell is bounded by its warm-up and window; this only stops a hung server from hanging the run.
        var perCell = options.Warmup + options.Duration + TimeSpan.FromSeconds(60);
        using var stop = new CancellationTokenSource(perCell * (options.Targets.Count * options.ClientCounts.Count + 1));
        var queries = MflixQueries.Create(options.Year);
        IReadOnlyDictionary<LoadTarget, byte[][]> answers;
        try
        {
            answers = await ResponseCheck.RunAsync(options.Targets, queries, stop.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException or System.Text.Json.JsonException)
        {
            await Console.Error.WriteLineAsync($"response check failed: {e.Message}").ConfigureAwait(false);
            return 1;
        }

        Console.WriteLine($"Same data from {string.Join(", ", options.Targets.Select(t => t.Name))} for {string.Join(" and ", queries.Select(q => q.Name))} ({string.Join(", ", queries.Select(q => $"{answers[options.Targets[0]][Array.IndexOf([.. queries], q)].Length} B"))} from {options.Targets[0].Name}).");
        var cells = new List<CellResult>();
        foreach (var clients in options.ClientCounts)
        {
            foreach (var target in options.Targets)
            {
                var cell = await LoadCell.RunAsync(target, queries, answers[target], clients, options.MongoProcessId, options.Warmup, options.Duration, stop.Token).ConfigureAwait(false);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {target.Name,-8} {clients,3} clients: {cell.RequestsPerSecond,8:F0} req/s  p50 {cell.P50Ms,7:F2} ms  p99 {cell.P99Ms,7:F2} ms  CPU/req server {cell.ServerCpuMsPerRequest:F2} ms, MongoDB {cell.MongoCpuMsPerRequest:F2} ms  failed {cell.Failures}  load {cell.LoadAverage}"));
                cells.Add(cell);
            }
        }

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture,
            $"Load: {options.Warmup.TotalSeconds:F0} s warm-up + {options.Duration.TotalSeconds:F0} s measured per cell, queries alternating; {Environment.ProcessorCount} cores; driver .NET {Environment.Version}.");
        report.AppendLine();
        report.Append(LoadTable.Render(options.Targets, cells));
        report.AppendLine();
        foreach (var target in options.Targets.Where(t => t.ProcessId is not null))
        {
            var hwm = ProcessMemory.ReadKb(target.ProcessId!.Value, "VmHWM");
            report.AppendLine(CultureInfo.InvariantCulture, $"- {target.Name} (pid {target.ProcessId}): VmHWM at the end {(hwm is { } kb ? $"{kb / 1024.0:F0} MiB" : "n/a")}");
        }

        var output = options.OutputPath ?? Path.Combine(BenchRepository.ArtifactsDirectory, "load-comparison.md");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        await File.WriteAllTextAsync(output, report.ToString(), stop.Token).ConfigureAwait(false);
        Console.WriteLine();
        Console.Write(report);
        return cells.Any(c => c.Failures > 0 || c.Requests == 0) ? 1 : 0;
    }
}
