using System.Globalization;
using Serverless.Benchmarks;
using Serverless.Bson;
using Serverless.Core.Compilation;
using Serverless.Core.Tests.Compilation;
using Serverless.Mongo;
using Serverless.Mongo.Benchmarks;
using Serverless.Mongo.Embedded;

namespace Serverless.Core.Benchmarks;

/// <summary>
/// Issue 5's benchmark: the MFlix requests of seed 002 end to end in one process (CompiledApp.ExecuteAsync →
/// engine → our client → the embedded server seeded with sample_mflix), with batching on (the default, the
/// definition as documented) and off (<c>CoreOptions.Batching = false</c>: one command per field invocation, as
/// RESTHeart does without dataLoader; a <c>"batching": false</c> dataLoader alone would not do, since issue 5
/// batches $fk mappings by default). Prints requests/s,
/// latency and MongoDB commands per request side by side (also bench/artifacts/core-comparison.md). Exits 1
/// when a request fails or the two ways answer differently. <c>--indexes</c> first creates the indexes the
/// foreign keys need (comments.movie_id, users.email), as a deployment would; without them every find scans.
/// </summary>
internal static class Program
{
    private static readonly string[] Collections = ["movies", "comments", "users"];

    private static async Task<int> Main(string[] args)
    {
        var withIndexes = args.Contains("--indexes");
        if (args.Any(arg => arg != "--indexes"))
        {
            await Console.Error.WriteLineAsync("usage: Core.Benchmarks [--indexes]").ConfigureAwait(false);
            return 2;
        }

        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        var cancellationToken = stop.Token;
        var seed = Path.Combine(Path.GetTempPath(), "core-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            var data = Path.Combine(BenchRepository.SharedDirectory, "data", "sample_mflix");
            var database = Directory.CreateDirectory(Path.Combine(seed, "sample_mflix")).FullName;
            foreach (var collection in Collections)
            {
                File.Copy(Path.Combine(data, collection + ".json.gz"), Path.Combine(database, collection + ".json.gz"));
            }

            await using var server = await EmbeddedMongoServer.StartAsync(new EmbeddedMongoServerOptions { Port = 0, SeedDirectory = seed }, cancellationToken).ConfigureAwait(false);
            var commands = new CommandCounter();
            await using var client = new MongoClient(server.ConnectionString) { CommandObserver = commands };
            if (withIndexes)
            {
                await CreateForeignKeyIndexesAsync(client.GetDatabase("sample_mflix"), cancellationToken).ConfigureAwait(false);
            }

            var definition = MflixDefinition.Load();
            var on = Compile(new AppCompiler(client, new CoreOptions()), definition, "batching on");
            var off = Compile(new AppCompiler(client, new CoreOptions { Batching = false }), definition, "batching off");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Core end to end on .NET {Environment.Version}, embedded server in process at {server.ConnectionString} ({string.Join(", ", Collections)} of sample_mflix)"));

            var rows = new List<RequestRow>();
            foreach (var (name, description, request) in MflixRequests.All)
            {
                rows.Add(await MeasureAsync(name, description, request, on, off, commands, cancellationToken).ConfigureAwait(false));
            }

            var load = File.Exists("/proc/loadavg") ? string.Join(' ', (await File.ReadAllTextAsync("/proc/loadavg", cancellationToken).ConfigureAwait(false)).Split(' ').Take(3)) : "n/a";
            var environment = string.Create(
                CultureInfo.InvariantCulture,
                $"{(withIndexes ? "With indexes comments.movie_id and users.email" : "Only the _id indexes")}; {Environment.ProcessorCount} cores; 1-minute load average at the end {load}. Latency: sequential requests ({LoadPlan.LatencyRounds} rounds of {LoadPlan.LatencyRound.TotalSeconds:0.#} s after {LoadPlan.LatencyWarmup.TotalSeconds:0.#} s warm-up); requests/s: {LoadPlan.Workers} concurrent callers, median of {LoadPlan.ThroughputRounds} rounds of {LoadPlan.ThroughputRound.TotalSeconds:0.#} s. Ratio above 1: batching on does more.");
            var report = ComparisonTable.Render(rows, environment);
            Console.WriteLine();
            Console.WriteLine(report);
            Directory.CreateDirectory(BenchRepository.ArtifactsDirectory);
            await File.WriteAllTextAsync(Path.Combine(BenchRepository.ArtifactsDirectory, "core-comparison.md"), report, cancellationToken).ConfigureAwait(false);
            return 0;
        }
        catch (InvalidOperationException failure)
        {
            await Console.Error.WriteLineAsync(failure.Message).ConfigureAwait(false);
            return 1;
        }
        finally
        {
            if (Directory.Exists(seed))
            {
                Directory.Delete(seed, recursive: true);
            }
        }
    }

    private static async Task CreateForeignKeyIndexesAsync(MongoDatabase database, CancellationToken cancellationToken)
    {
        await database.GetCollection("comments").CreateIndexesAsync([new BsonDocument([new("key", new BsonDocument([new("movie_id", 1)]))])], cancellationToken).ConfigureAwait(false);
        await database.GetCollection("users").CreateIndexesAsync([new BsonDocument([new("key", new BsonDocument([new("email", 1)]))])], cancellationToken).ConfigureAwait(false);
    }

    private static CompiledApp Compile(AppCompiler compiler, BsonDocument definition, string label)
    {
        var compiled = compiler.Compile(definition);
        return compiled.App ?? throw new InvalidOperationException($"The MFlix definition ({label}) does not compile: {compiled.Error}");
    }

    private static async Task<RequestRow> MeasureAsync(
        string name, string description, AppRequest request, CompiledApp on, CompiledApp off, CommandCounter commands, CancellationToken cancellationToken)
    {
        // Both ways must answer the same before their speed is compared; a sequential run also counts commands exactly.
        commands.Reset();
        var resultOn = await ExecuteAsync(on, request, cancellationToken).ConfigureAwait(false);
        var commandsOn = commands.Reads;
        commands.Reset();
        var resultOff = await ExecuteAsync(off, request, cancellationToken).ConfigureAwait(false);
        var commandsOff = commands.Reads;
        var json = resultOn.Result.ToJson();
        if (json != resultOff.Result.ToJson())
        {
            throw new InvalidOperationException($"{name}: batching on and off answer differently:\non:  {json}\noff: {resultOff.Result.ToJson()}");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {commandsOn} / {commandsOff} commands per request (on / off), {json.Length:N0} bytes of JSON"));
        Func<CancellationToken, Task> runOn = token => ExecuteAsync(on, request, token);
        Func<CancellationToken, Task> runOff = token => ExecuteAsync(off, request, token);
        // Interleaved (on, off, on, off) so that load drifting on a shared machine falls on both alike.
        var latencyOn = await Harness.LatencyAsync(runOn, cancellationToken).ConfigureAwait(false);
        var latencyOff = await Harness.LatencyAsync(runOff, cancellationToken).ConfigureAwait(false);
        var (throughputOn, cpuOn) = await ThroughputWithCpuAsync(on, request, cancellationToken).ConfigureAwait(false);
        var (throughputOff, cpuOff) = await ThroughputWithCpuAsync(off, request, cancellationToken).ConfigureAwait(false);
        return new RequestRow(
            name,
            description,
            json.Length,
            commandsOn,
            resultOn.MongoCommandCount,
            commandsOff,
            resultOff.MongoCommandCount,
            latencyOn with { OpsPerSec = throughputOn },
            latencyOff with { OpsPerSec = throughputOff },
            cpuOn,
            cpuOff);
    }

    /// <summary>
    /// Requests/s plus the process's CPU time per request over the same run (warm-up included on both sides of
    /// the ratio). On a shared machine CPU per request moves much less than requests/s: other processes steal
    /// wall time, not this process's CPU time. The embedded server runs in this process, so it is counted too.
    /// </summary>
    private static async Task<(double PerSecond, double CpuMsPerRequest)> ThroughputWithCpuAsync(CompiledApp app, AppRequest request, CancellationToken cancellationToken)
    {
        long requests = 0;
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var perSecond = await Harness.ThroughputAsync(
            async token =>
            {
                await ExecuteAsync(app, request, token).ConfigureAwait(false);
                Interlocked.Increment(ref requests);
            },
            cancellationToken).ConfigureAwait(false);
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
        return (perSecond, requests == 0 ? double.NaN : cpu / requests);
    }

    private static async Task<AppExecutionResult> ExecuteAsync(CompiledApp app, AppRequest request, CancellationToken cancellationToken)
    {
        var result = await app.ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
        return result.Outcome == AppOutcome.Completed && result.Result.Errors.Count == 0
            ? result
            : throw new InvalidOperationException($"The request failed ({result.Outcome}): {result.Result.ToJson()}");
    }
}
