using System.Globalization;
using Serverless.Bson;
using Serverless.Core.Compilation;
using Serverless.Mongo;
using Serverless.Mongo.Embedded;
using Serverless.TestSupport;

namespace Serverless.Core.Tests.Compilation;

/// <summary>
/// The MFlix example of seed 002 (specs/restheart/example/mflixAppDefinition.json and its two documented queries)
/// over the sample_mflix data (only movies, comments and users are loaded). The shared sample holds 1,000 movies
/// of other years than the documented 2008 ones, so the expected data is computed with plain MongoDB queries and
/// the documented shape is asserted: titles, comments with the user's name and {"$date": millis}, tomatoesRate numbers.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes through IAsyncLifetime.DisposeAsync.")]
public sealed class MflixExampleTests : IAsyncLifetime
{
    private const string Data = "data/sample_mflix";
    private readonly string _seed = Path.Combine(Path.GetTempPath(), "core-mflix-" + Guid.NewGuid().ToString("N"));
    private EmbeddedMongoServer? _server;
    private MongoClient? _client;
    private readonly CommandCounter _commands = new();

    public async Task InitializeAsync()
    {
        if (RepositoryLayout.SkipReasonForMissingShared(Data) is not null)
        {
            return;
        }

        var database = Directory.CreateDirectory(Path.Combine(_seed, "sample_mflix")).FullName;
        foreach (var collection in (string[])["movies", "comments", "users"])
        {
            File.Copy(RepositoryLayout.Shared($"{Data}/{collection}.json.gz"), Path.Combine(database, collection + ".json.gz"));
        }

        _server = await EmbeddedMongoServer.StartAsync(new EmbeddedMongoServerOptions { Port = 0, SeedDirectory = _seed }, CancellationToken.None);
        _client = new MongoClient(_server.ConnectionString) { CommandObserver = _commands };
    }

    [SharedDataFact(Data)]
    public async Task Movies_by_year_come_with_their_comments_users_and_dates()
    {
        var app = Compile();
        _commands.Reset();

        var result = await app.ExecuteAsync(new AppRequest
        {
            Query = "query exampleOperation($year: Int!, $limit: Int = 0){MoviesByYear(year: $year, limit: $limit){ title comments{ text user{name} date} tomatoesRate}}",
            Variables = new Dictionary<string, object?> { ["year"] = 1950, ["limit"] = 2 },
        }, CancellationToken.None);
        var reads = _commands.Reads;

        result.Result.Errors.ShouldBeEmpty();
        result.Result.ToJson().ShouldBe(await ExpectedMoviesByYearAsync(1950, 2));
        result.Result.ToJson().ShouldContain("\"date\":{\"$date\":");

        // Movies, their comments (one batch), the comments' users (one batch).
        reads.ShouldBe(3);
        result.MongoCommandCount.ShouldBe(3);
    }

    [SharedDataFact(Data)]
    public async Task Movies_by_tomatoes_rate_range_are_sorted_descending_within_the_range()
    {
        var app = Compile();

        var result = await app.ExecuteAsync(new AppRequest
        {
            Query = "{ MoviesByTomatoesRateRange(min: 3.8, max: 4.5, limit: 3, skip: 20, sort: -1){ title comments{ text user{ name } } tomatoesRate } }",
        }, CancellationToken.None);

        result.Result.Errors.ShouldBeEmpty();
        var movies = ((object?[])result.Result.Data!["MoviesByTomatoesRateRange"]!).Cast<IReadOnlyDictionary<string, object?>>().ToList();
        movies.Count.ShouldBe(3);
        var rates = movies.Select(movie => Convert.ToDouble(movie["tomatoesRate"], CultureInfo.InvariantCulture)).ToList();
        rates.ShouldAllBe(rate => rate >= 3.8 && rate < 4.5);
        rates.ShouldBeInOrder(SortDirection.Descending);
        movies.SelectMany(movie => (object?[])movie["comments"]!).Cast<IReadOnlyDictionary<string, object?>>()
            .ShouldAllBe(comment => comment["user"] != null && comment["text"] != null);
    }

    [SharedDataFact(Data)]
    public async Task Without_any_dataLoader_setting_each_mapped_level_costs_one_command()
    {
        var app = Compile(withoutDataLoaders: true);
        _commands.Reset();

        var result = await app.ExecuteAsync(new AppRequest
        {
            Query = "{ MoviesByYear(year: 1950, limit: 10) { title comments { text user { name } } } }",
        }, CancellationToken.None);
        var reads = _commands.Reads;

        result.Result.Errors.ShouldBeEmpty();
        var movies = ((object?[])result.Result.Data!["MoviesByYear"]!).Cast<IReadOnlyDictionary<string, object?>>().ToList();
        movies.Count.ShouldBe(10);
        var comments = movies.SelectMany(movie => (object?[])movie["comments"]!).Cast<IReadOnlyDictionary<string, object?>>().ToList();
        comments.Count.ShouldBeGreaterThan(1);
        comments.ShouldAllBe(comment => comment["user"] != null);

        // Movies, comments of the ten movies, users of all their comments: three mapped levels, three commands.
        reads.ShouldBe(3);
        result.MongoCommandCount.ShouldBe(3);
    }

    private CompiledApp Compile(bool withoutDataLoaders = false)
    {
        var definition = ExtendedJson.ParseDocument(File.ReadAllText(RepositoryLayout.Shared("specs/restheart/example/mflixAppDefinition.json")));
        if (withoutDataLoaders)
        {
            definition = definition.With("mappings", WithoutDataLoaders(definition["mappings"].AsDocument));
        }

        var compiled = new AppCompiler(_client!, new CoreOptions()).Compile(definition);
        compiled.Error.ShouldBeNull();
        return compiled.App!;
    }

    private static BsonDocument WithoutDataLoaders(BsonDocument document) => new(document
        .Where(element => element.Name != "dataLoader")
        .Select(element => element.Value is BsonDocument nested ? new BsonElement(element.Name, WithoutDataLoaders(nested)) : element));

    // The oracle: the same data read with plain finds, in the mapping's order (movies by _id, comments by date).
    private async Task<string> ExpectedMoviesByYearAsync(int year, int limit)
    {
        var database = _client!.GetDatabase("sample_mflix");
        var movies = await ReadAsync(database.GetCollection("movies"), new BsonDocument(new BsonElement("year", year)), new BsonDocument(new BsonElement("_id", 1)), limit);
        var parts = new List<string>();
        foreach (var movie in movies)
        {
            var comments = await ReadAsync(database.GetCollection("comments"), new BsonDocument(new BsonElement("movie_id", movie["_id"])), new BsonDocument(new BsonElement("date", 1)), 100);
            var commentParts = new List<string>();
            foreach (var comment in comments)
            {
                var user = (await ReadAsync(database.GetCollection("users"), new BsonDocument(new BsonElement("email", comment["email"])), null, 1)).Single();
                var millis = ((BsonDateTime)comment["date"]).MillisecondsSinceEpoch.ToString(CultureInfo.InvariantCulture);
                commentParts.Add("{\"text\":" + Json(comment["text"]) + ",\"user\":{\"name\":" + Json(user["name"]) + "},\"date\":{\"$date\":" + millis + "}}");
            }

            var rate = ((BsonDocument)((BsonDocument)movie["tomatoes"])["viewer"])["rating"];
            parts.Add("{\"title\":" + Json(movie["title"]) + ",\"comments\":[" + string.Join(',', commentParts) + "],\"tomatoesRate\":" + rate.AsDouble.ToString("R", CultureInfo.InvariantCulture) + "}");
        }

        return "{\"data\":{\"MoviesByYear\":[" + string.Join(',', parts) + "]}}";
    }

    private static readonly System.Text.Json.JsonSerializerOptions RelaxedJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Json(BsonValue value) => System.Text.Json.JsonSerializer.Serialize(value.AsString, RelaxedJson);

    private static async Task<List<BsonDocument>> ReadAsync(MongoCollection collection, BsonDocument filter, BsonDocument? sort, int limit)
    {
        var documents = new List<BsonDocument>();
        await foreach (var document in await collection.FindAsync(filter, new FindOptions { Sort = sort, Limit = limit }))
        {
            documents.Add(document);
        }

        return documents;
    }

    public async Task DisposeAsync()
    {
        if (_client is not null)
        {
            await _client.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (Directory.Exists(_seed))
        {
            Directory.Delete(_seed, recursive: true);
        }
    }
}
