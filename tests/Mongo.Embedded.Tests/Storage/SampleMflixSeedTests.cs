using Serverless.Bson;
using Serverless.Mongo.Embedded.Storage;
using Serverless.TestSupport;

namespace Serverless.Mongo.Embedded.Tests.Storage;

/// <summary>The team's sample_mflix copy (shared data/, see its SOURCES.md) loads and answers the facts SOURCES.md states.</summary>
public sealed class SampleMflixSeedTests
{
    [SharedDataFact("data/sample_mflix")]
    public async Task Sample_mflix_loads_with_the_documented_counts()
    {
        var catalog = new Catalog();

        await SeedLoader.LoadAsync(RepositoryLayout.Shared("data"), catalog, CancellationToken.None);

        catalog.Collections("sample_mflix").Select(c => c.Name).ShouldBe(["comments", "embedded_movies", "movies", "sessions", "theaters", "users"]);
        var movies = catalog.Find("sample_mflix", "movies")!.Snapshot();
        movies.Count.ShouldBe(1000);
        movies.Count(m => m["year"] == 1955).ShouldBe(65);
        var cinderella = ObjectId.Parse("573a1394f29313caabcde63e");
        catalog.Find("sample_mflix", "comments")!.Snapshot().Count(c => c["movie_id"] == cinderella).ShouldBe(153);
        catalog.Find("sample_mflix", "theaters")!.Snapshot().Count.ShouldBe(1564);
    }
}
