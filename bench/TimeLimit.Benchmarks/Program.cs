using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Serverless.Benchmarks;
using Serverless.Bson;
using Serverless.Mongo;
using Serverless.TimeLimit.Benchmarks;

// Issue 6, "Time limit": how long after query-time-limit does a slow request get its 408? Three processes, as in
// production: this client, the Functions service (Release build) and the embedded MongoDB server it queries.
// Usage: TimeLimit.Benchmarks [--iterations 50] [--limits 100,300,1000]
var iterations = 50;
int[] limits = [100, 300, 1000];
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--iterations":
            iterations = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            break;
        case "--limits":
            limits = [.. args[i + 1].Split(',').Select(l => int.Parse(l, CultureInfo.InvariantCulture))];
            break;
        default:
            await Console.Error.WriteLineAsync($"unknown argument {args[i]}").ConfigureAwait(false);
            return 2;
    }
}

var root = BenchRepository.Root;
var mongoDll = Path.Combine(root, "src/Mongo.Embedded/bin/Release/net10.0/Serverless.Mongo.Embedded.dll");
var functionsDirectory = Path.Combine(root, "src/Functions/bin/Release/net10.0");
using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(30));
var cancellationToken = stop.Token;

await using var mongoProcess = ChildProcess.Start(mongoDll, ["--port", "0"], new Dictionary<string, string>(), root);
var connectionString = await mongoProcess.FirstLineAsync(cancellationToken).ConfigureAwait(false);
var mongoOutput = mongoProcess.DrainAsync(cancellationToken);
await using var client = new MongoClient(connectionString);
await SlowApp.SeedAsync(client, cancellationToken).ConfigureAwait(false);
var observer = new ServerObserver(client);

var report = new StringBuilder();
report.AppendLine(CultureInfo.InvariantCulture, $"| limit (ms) | request | n | overshoot p50 (ms) | p99 (ms) | max (ms) | not 408 | longest wait for nothing left (ms) |");
report.AppendLine("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
var failures = 0;
foreach (var limit in limits)
{
    var port = FreePort();
    var environment = new Dictionary<string, string>
    {
        ["MONGODB_URI"] = connectionString,
        ["GraphQL__QueryTimeLimitMs"] = limit.ToString(CultureInfo.InvariantCulture),
        ["Logging__LogLevel__Default"] = "Warning",
    };
    await using var functions = ChildProcess.Start(
        Path.Combine(functionsDirectory, "Serverless.Functions.dll"), ["--urls", $"http://127.0.0.1:{port}"], environment, functionsDirectory);
    var functionsOutput = functions.DrainAsync(cancellationToken);
    using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
    await WaitForHealthAsync(http, cancellationToken).ConfigureAwait(false);

    var overshoots = SlowApp.Queries.ToDictionary(q => q.Name, _ => new List<double>());
    var notTimedOut = SlowApp.Queries.ToDictionary(q => q.Name, _ => 0);
    var longestWait = SlowApp.Queries.ToDictionary(q => q.Name, _ => TimeSpan.Zero);
    // Two warm-up rounds (JIT, connection pool), then the measured ones, the requests interleaved so that a busy
    // spell on the machine falls on all of them alike. Each waits for the server to be quiet before the next.
    for (var round = -2; round < iterations; round++)
    {
        foreach (var (name, query) in SlowApp.Queries)
        {
            var (status, elapsed) = await PostAsync(http, query, cancellationToken).ConfigureAwait(false);
            var wait = await observer.WaitUntilQuietAsync(SlowApp.Database, cancellationToken).ConfigureAwait(false);
            if (round < 0)
            {
                continue;
            }

            overshoots[name].Add(elapsed.TotalMilliseconds - limit);
            longestWait[name] = wait > longestWait[name] ? wait : longestWait[name];
            if (status != HttpStatusCode.RequestTimeout)
            {
                notTimedOut[name]++;
                failures++;
            }
        }
    }

    foreach (var (name, _) in SlowApp.Queries)
    {
        var sorted = overshoots[name].Order().ToList();
        report.AppendLine(CultureInfo.InvariantCulture,
            $"| {limit} | {name} | {sorted.Count} | {Percentiles.Of(sorted, 0.5):F0} | {Percentiles.Of(sorted, 0.99):F0} | {sorted[^1]:F0} | {notTimedOut[name]} | {longestWait[name].TotalMilliseconds:F0} |");
    }

    var all = overshoots.Values.SelectMany(v => v).Order().ToList();
    report.AppendLine(CultureInfo.InvariantCulture,
        $"| {limit} | **all** | {all.Count} | {Percentiles.Of(all, 0.5):F0} | {Percentiles.Of(all, 0.99):F0} | {all[^1]:F0} | | |");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"== limit {limit} ms done; load average {File.ReadAllText("/proc/loadavg").Trim()}"));
    await functions.DisposeAsync().ConfigureAwait(false);
    await functionsOutput.ConfigureAwait(false);
}

Console.WriteLine();
Console.WriteLine("Overshoot = time from sending the POST to having read the whole 408 response, minus the limit.");
Console.WriteLine(report);
Directory.CreateDirectory(BenchRepository.ArtifactsDirectory);
await File.WriteAllTextAsync(Path.Combine(BenchRepository.ArtifactsDirectory, "timelimit.md"), report.ToString(), cancellationToken).ConfigureAwait(false);
await mongoProcess.DisposeAsync().ConfigureAwait(false);
await mongoOutput.ConfigureAwait(false);
return failures == 0 ? 0 : 1;

static async Task<(HttpStatusCode Status, TimeSpan Elapsed)> PostAsync(HttpClient http, string query, CancellationToken cancellationToken)
{
    using var content = new StringContent(new BsonDocument(new BsonElement("query", query)).ToString(), Encoding.UTF8, "application/json");
    var clock = Stopwatch.StartNew();
    using var response = await http.PostAsync(new Uri("/graphql/" + SlowApp.Uri, UriKind.Relative), content, cancellationToken).ConfigureAwait(false);
    await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
    return (response.StatusCode, clock.Elapsed);
}

static async Task WaitForHealthAsync(HttpClient http, CancellationToken cancellationToken)
{
    var clock = Stopwatch.StartNew();
    while (clock.Elapsed < TimeSpan.FromSeconds(60))
    {
        try
        {
            using var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative), cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return;
            }
        }
        catch (HttpRequestException)
        {
            // Not listening yet.
        }

        await Task.Delay(200, cancellationToken).ConfigureAwait(false);
    }

    throw new TimeoutException("the Functions service did not become healthy within 60 s");
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}
