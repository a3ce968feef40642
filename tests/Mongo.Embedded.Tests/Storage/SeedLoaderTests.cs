using System.IO.Compression;
using System.Text;
using Serverless.Bson;
using Serverless.Mongo.Embedded.Storage;

namespace Serverless.Mongo.Embedded.Tests.Storage;

public sealed class SeedLoaderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("seed-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Loads_json_and_gzipped_json_lines_into_db_and_collection()
    {
        Write("mflix/movies.json", "{\"_id\": {\"$oid\": \"573a1390f29313caabcd4135\"}, \"title\": \"Blacksmith Scene\"}\n\n{\"title\": \"The Great Train Robbery\", \"year\": {\"$numberInt\": \"1903\"}}\n");
        WriteGzip("mflix/users.json.gz", "{\"_id\": 1, \"name\": \"Ned\"}\n");
        Write("mflix/README.txt", "not a collection");
        var catalog = new Catalog();

        await SeedLoader.LoadAsync(_root, catalog, CancellationToken.None);

        catalog.Collections("mflix").Select(c => c.Name).ShouldBe(["movies", "users"]);
        var movies = catalog.Find("mflix", "movies")!.Snapshot();
        movies.Count.ShouldBe(2);
        movies[0]["_id"].ShouldBe(ObjectId.Parse("573a1390f29313caabcd4135"));
        movies[1]["_id"].Type.ShouldBe(BsonType.ObjectId);
        movies[1]["year"].ShouldBe(1903);
        catalog.Find("mflix", "users")!.Snapshot()[0]["name"].ShouldBe("Ned");
    }

    [Fact]
    public async Task A_bad_line_is_reported_with_file_and_line_number()
    {
        Write("db/c.json", "{\"a\": 1}\n{\"a\": \n");

        var error = await Should.ThrowAsync<InvalidDataException>(() => SeedLoader.LoadAsync(_root, new Catalog(), CancellationToken.None));

        error.Message.ShouldStartWith(Path.Combine(_root, "db", "c.json") + ":2:");
    }

    [Fact]
    public async Task A_duplicate_id_is_reported_with_the_E11000_message()
    {
        Write("db/c.json", "{\"_id\": 1}\n{\"_id\": 1}\n");

        var error = await Should.ThrowAsync<InvalidDataException>(() => SeedLoader.LoadAsync(_root, new Catalog(), CancellationToken.None));

        error.Message.ShouldContain(":2: E11000 duplicate key error collection: db.c index: _id_ dup key: { _id: 1 }");
    }

    [Fact]
    public async Task A_missing_directory_is_refused()
    {
        await Should.ThrowAsync<DirectoryNotFoundException>(() => SeedLoader.LoadAsync(Path.Combine(_root, "nope"), new Catalog(), CancellationToken.None));
    }

    [Fact]
    public async Task The_server_serves_seeded_data()
    {
        Write("shop/items.json", "{\"_id\": 1, \"sku\": \"a\"}\n{\"_id\": 2, \"sku\": \"b\"}\n");

        await using var server = await EmbeddedMongoServer.StartAsync(new EmbeddedMongoServerOptions { SeedDirectory = _root }, CancellationToken.None);
        await using var client = await WireClient.ConnectAsync(server);
        var reply = await client.RunAsync([new("count", "items"), new("$db", "shop")]);

        reply["n"].ShouldBe(2);
    }

    private void Write(string relative, string content)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, Encoding.UTF8);
    }

    private void WriteGzip(string relative, string content)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        gzip.Write(Encoding.UTF8.GetBytes(content));
    }
}
