using System.Diagnostics;
using Serverless.Benchmarks;

namespace Serverless.Mongo.Benchmarks;

/// <summary>
/// A Stopwatch harness for operations that each make a round trip to a server: time-boxed warm-up, then rounds
/// that time every operation (latency percentiles) or count operations of concurrent workers (throughput).
/// </summary>
/// <remarks>
/// Not BenchmarkDotNet: BenchmarkDotNet reports the mean of many invocations per iteration, while the question here
/// is the distribution of single round trips (p50/p99) and the rate of several concurrent callers against a server
/// in another process; it also runs the workload in a child process of its own. This harness mirrors js/bench.mjs
/// operation for operation, so both drivers are measured by the same rules.
/// </remarks>
internal static class Harness
{
    public static async Task<Measurement> LatencyAsync(Func<CancellationToken, Task> operation, CancellationToken cancellationToken)
    {
        await RunForAsync(LoadPlan.LatencyWarmup, operation, null, cancellationToken).ConfigureAwait(false);
        var samples = new List<double>();
        for (var round = 0; round < LoadPlan.LatencyRounds; round++)
        {
            await RunForAsync(LoadPlan.LatencyRound, operation, samples, cancellationToken).ConfigureAwait(false);
        }

        samples.Sort();
        return new Measurement(Percentiles.Of(samples, 0.5), Percentiles.Of(samples, 0.99), samples.Count);
    }

    /// <summary>Operations per second of the median round, <see cref="LoadPlan.Workers"/> workers at once.</summary>
    public static async Task<double> ThroughputAsync(Func<CancellationToken, Task> operation, CancellationToken cancellationToken)
    {
        await RoundAsync(LoadPlan.ThroughputWarmup).ConfigureAwait(false);
        var rounds = new List<double>();
        for (var i = 0; i < LoadPlan.ThroughputRounds; i++)
        {
            rounds.Add(await RoundAsync(LoadPlan.ThroughputRound).ConfigureAwait(false));
        }

        rounds.Sort();
        return rounds[rounds.Count / 2];

        async Task<double> RoundAsync(TimeSpan duration)
        {
            var started = Stopwatch.GetTimestamp();
            var counts = await Task.WhenAll(Enumerable.Range(0, LoadPlan.Workers)
                .Select(_ => Task.Run(() => RunForAsync(duration, operation, null, cancellationToken), cancellationToken))).ConfigureAwait(false);
            return counts.Sum() / Stopwatch.GetElapsedTime(started).TotalSeconds;
        }
    }

    // Runs the operation back to back until the duration is spent; returns how many ran, recording each one's
    // time in microseconds when samples is given.
    private static async Task<int> RunForAsync(TimeSpan duration, Func<CancellationToken, Task> operation, List<double>? samples, CancellationToken cancellationToken)
    {
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var count = 0;
        while (true)
        {
            var start = Stopwatch.GetTimestamp();
            if (start >= end)
            {
                return count;
            }

            await operation(cancellationToken).ConfigureAwait(false);
            count++;
            samples?.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
        }
    }
}
