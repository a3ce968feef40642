using System.Diagnostics;
using System.Globalization;
using Serverless.Benchmarks;
using Serverless.Bson;
using Serverless.Core.Compilation;
using Serverless.Mongo;
using Serverless.Mongo.Embedded;

// The MFlix queries of seed 002 end to end in one process (Core, GraphQL engine, MongoDB client, embedded server),
// with batching by default on and off (issue 5 acceptance): requests per second and MongoDB commands per request.
// Sequential requests (one client), so the figures show the cost of one request, not the machine's parallelism.
var seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 5;
var mflix = Path.Combine(BenchRepository.SharedDirectory, "data", "sample_mflix");
var seed = Directory.CreateTempSubdirectory("core-bench-");
try
{
    var database = Directory.CreateDirectory(Path.Combine(seed.FullName, "sample_mflix")).FullName;
    foreach (var collection in (string[])["movies", "comments", "users"])
    {
        File.Copy(Path.Combine(mflix, collection + ".json.gz"), Path.Combine(database, collection + ".json.gz"));
    }

    await using var server = await EmbeddedMongoServer.StartAsync(new EmbeddedMongoServerOptions { Port = 0, SeedDirectory = seed.FullName }, CancellationToken.None);
    await using var client = new MongoClient(server.ConnectionString);
    var definition = ExtendedJson.ParseDocument(await File.ReadAllTextAsync(Path.Combine(BenchRepository.SharedDirectory, "specs", "restheart", "example", "mflixAppDefinition.json")));

    // The documented queries verbatim; the first runs with year 1950 because the shared 1,000-movie sample has no 2008 films.
    (string Name, AppRequest Request)[] queries =
    [
        ("MoviesByYear (limit 2)", new AppRequest
        {
            Query = "query exampleOperation($year: Int!, $limit: Int = 0){MoviesByYear(year: $year, limit: $limit){ title comments{ text user{name} date} tomatoesRate}}",
            Variables = new Dictionary<string, object?> { ["year"] = 1950, ["limit"] = 2 },
        }),
        ("MoviesByTomatoesRateRange", new AppRequest
        {
            Query = "{ MoviesByTomatoesRateRange(min: 3.8, max: 4.5, limit: 3, skip: 20, sort: -1){ title comments{ text user{ name } } tomatoesRate } }",
        }),
        ("MoviesByYear (limit 50)", new AppRequest
        {
            Query = "query($year: Int!){MoviesByYear(year: $year, limit: 50){ title comments{ text user{name} date} tomatoesRate}}",
            Variables = new Dictionary<string, object?> { ["year"] = 1950 },
        }),
    ];

    (string Name, CompiledApp App)[] configurations =
    [
        ("batching by default (as defined)", Compile(client, new CoreOptions(), definition)),
        ("no batching (dataLoader removed, BatchByDefault off)", Compile(client, new CoreOptions { BatchByDefault = false }, WithoutDataLoaders(definition))),
    ];

    Console.WriteLine($"machine: {Environment.ProcessorCount} cores; {seconds} s per row; sequential requests");
    Console.WriteLine("| query | configuration | requests/s | MongoDB commands/request |");
    Console.WriteLine("|---|---|---:|---:|");
    foreach (var (queryName, request) in queries)
    {
        foreach (var (configurationName, app) in configurations)
        {
            await RunAsync(app, request, TimeSpan.FromSeconds(Math.Min(1, seconds / 5)));
            var (perSecond, commands) = await RunAsync(app, request, TimeSpan.FromSeconds(seconds));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {queryName} | {configurationName} | {perSecond:F0} | {commands:F1} |"));
        }
    }
}
finally
{
    seed.Delete(recursive: true);
}

static CompiledApp Compile(MongoClient client, CoreOptions options, BsonDocument document)
{
    var compiled = new AppCompiler(client, options).Compile(document);
    return compiled.App ?? throw new InvalidOperationException(compiled.Error);
}

static BsonDocument WithoutDataLoaders(BsonDocument document) => new(document
    .Where(element => element.Name != "dataLoader")
    .Select(element => element.Value is BsonDocument nested ? new BsonElement(element.Name, WithoutDataLoaders(nested)) : element));

// Runs the request back to back for the duration; every result must be error-free (a benchmark of failures is no benchmark).
static async Task<(double PerSecond, double CommandsPerRequest)> RunAsync(CompiledApp app, AppRequest request, TimeSpan duration)
{
    var watch = Stopwatch.StartNew();
    long requests = 0;
    long commands = 0;
    while (watch.Elapsed < duration)
    {
        var result = await app.ExecuteAsync(request, CancellationToken.None);
        if (result.Outcome != AppOutcome.Completed || result.Result.Errors.Count > 0)
        {
            throw new InvalidOperationException($"The benchmark query failed: {result.Result.ToJson()}");
        }

        requests++;
        commands += result.MongoCommandCount;
    }

    return (requests / watch.Elapsed.TotalSeconds, (double)commands / requests);
}
