using System.Diagnostics;
using System.Net;
using Serverless.Benchmarks;

namespace Serverless.Load;

/// <summary>
/// Runs one cell: <c>clients</c> workers, each a loop of one request at a time on its own keep-alive connection,
/// alternating the queries (worker k starts with query k mod 2, so both are in flight at every moment), for the
/// warm-up and then the measured window. A request counts if it started and finished inside the window; the few
/// in flight at its edges are dropped rather than stretched over it.
/// </summary>
internal static class LoadCell
{
    public static async Task<CellResult> RunAsync(
        LoadTarget target,
        IReadOnlyList<GraphQLQuery> queries,
        byte[][] expectedBodies,
        int clients,
        int? mongoProcessId,
        TimeSpan warmup,
        TimeSpan duration,
        CancellationToken cancellationToken)
    {
        using var client = GraphQLHttp.CreateClient(clients);
        await using var memory = target.ProcessId is { } pid ? new ProcessMemory(pid) : null;
        memory?.Start();

        var measureStart = Stopwatch.GetTimestamp() + (long)(warmup.TotalSeconds * Stopwatch.Frequency);
        var measureEnd = measureStart + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = new Task<WorkerResult>[clients];
        for (var k = 0; k < clients; k++)
        {
            var first = k;
            workers[k] = Task.Run(() => WorkAsync(client, target.Endpoint, queries, expectedBodies, first, measureStart, measureEnd, cancellationToken), cancellationToken);
        }

        // CPU of the server and of MongoDB over exactly the measured window.
        await UntilAsync(measureStart, cancellationToken).ConfigureAwait(false);
        var cpuBefore = (Server: Cpu(target.ProcessId), Mongo: Cpu(mongoProcessId));
        await UntilAsync(measureEnd, cancellationToken).ConfigureAwait(false);
        var cpuAfter = (Server: Cpu(target.ProcessId), Mongo: Cpu(mongoProcessId));
        var results = await Task.WhenAll(workers).ConfigureAwait(false);
        var latencies = results.SelectMany(r => r.LatenciesMs).Order().ToArray();
        var failures = results.Sum(r => r.Failures);
        if (results.Select(r => r.FirstFailure).FirstOrDefault(f => f is not null) is { } failure)
        {
            await Console.Error.WriteLineAsync($"{target.Name}, {clients} clients: {failures} unexpected answers, the first: {failure}").ConfigureAwait(false);
        }

        return new CellResult(
            target,
            clients,
            latencies.Length,
            failures,
            latencies.Length / duration.TotalSeconds,
            latencies.Length > 0 ? Percentiles.Of(latencies, 0.50) : double.NaN,
            latencies.Length > 0 ? Percentiles.Of(latencies, 0.99) : double.NaN,
            memory?.PeakKb,
            PerRequest(cpuBefore.Server, cpuAfter.Server, latencies.Length),
            PerRequest(cpuBefore.Mongo, cpuAfter.Mongo, latencies.Length),
            LoadAverage.Read());
    }

    private static Task UntilAsync(long timestamp, CancellationToken cancellationToken)
    {
        var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), timestamp);
        return wait > TimeSpan.Zero ? Task.Delay(wait, cancellationToken) : Task.CompletedTask;
    }

    private static double? Cpu(int? processId) => processId is { } pid ? ProcessCpu.ReadMs(pid) : null;

    private static double? PerRequest(double? before, double? after, int requests) =>
        before is { } b && after is { } a && requests > 0 ? (a - b) / requests : null;

    private static async Task<WorkerResult> WorkAsync(
        HttpClient client, Uri endpoint, IReadOnlyList<GraphQLQuery> queries, byte[][] expectedBodies, int first, long measureStart, long measureEnd, CancellationToken cancellationToken)
    {
        var latencies = new List<double>(4096);
        long failures = 0;
        string? firstFailure = null;
        for (var n = first; ; n++)
        {
            var start = Stopwatch.GetTimestamp();
            if (start >= measureEnd)
            {
                break;
            }

            var q = n % queries.Count;
            var (status, body) = await GraphQLHttp.PostAsync(client, endpoint, queries[q].Body, cancellationToken).ConfigureAwait(false);
            var end = Stopwatch.GetTimestamp();
            if (start < measureStart || end > measureEnd)
            {
                continue;
            }

            latencies.Add(Stopwatch.GetElapsedTime(start, end).TotalMilliseconds);
            // Every answer must be the one checked before timing: a fast error page must not count as throughput.
            if (status != HttpStatusCode.OK || !body.AsSpan().SequenceEqual(expectedBodies[q]))
            {
                failures++;
                firstFailure ??= $"{queries[q].Name}: {(int)status} {System.Text.Encoding.UTF8.GetString(body)}";
            }
        }

        return new WorkerResult(latencies, failures, firstFailure);
    }

    private sealed record WorkerResult(List<double> LatenciesMs, long Failures, string? FirstFailure);
}
