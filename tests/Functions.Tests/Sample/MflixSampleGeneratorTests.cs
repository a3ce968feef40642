using Serverless.Bson;
using Serverless.Functions.Sample;

namespace Serverless.Functions.Tests.Sample;

public sealed class MflixSampleGeneratorTests
{
    [Fact]
    public void The_same_seed_generates_the_same_documents()
    {
        var first = MflixSampleGenerator.Generate();
        var second = MflixSampleGenerator.Generate();

        first.Movies.ShouldBe(second.Movies);
        first.Comments.ShouldBe(second.Comments);
        first.Users.ShouldBe(second.Users);
        first.Theaters.ShouldBe(second.Theaters);
        MflixSampleGenerator.Generate(seed: 7).Movies.ShouldNotBe(first.Movies);
    }

    [Fact]
    public void Movies_cover_both_seed_002_examples()
    {
        var movies = MflixSampleGenerator.Generate().Movies;

        movies.Count(movie => movie["year"].AsInt32 == 2008).ShouldBeGreaterThanOrEqualTo(MflixSampleGenerator.MoviesOf2008);
        // The application/graphql example skips 20 and takes 3 in [3.8, 4.5).
        movies.Count(movie => Rating(movie) is >= 3.8 and < 4.5).ShouldBeGreaterThan(23);
    }

    [Fact]
    public void Documents_have_the_fields_the_mflix_app_maps()
    {
        var sample = MflixSampleGenerator.Generate();
        var movie = sample.Movies[0];
        foreach (var field in new[] { "_id", "title", "year", "runtime", "released", "poster", "plot", "fullplot", "lastupdated", "type", "directors", "countries", "genres", "imdb", "tomatoes" })
        {
            movie.Contains(field).ShouldBeTrue(field);
        }

        movie["released"].ShouldBeOfType<BsonDateTime>();
        movie["imdb"].AsDocument["rating"].ShouldBeOfType<BsonDouble>();
        movie["tomatoes"].AsDocument["viewer"].AsDocument["numReviews"].ShouldBeOfType<BsonInt32>();

        var users = sample.Users.Select(user => user["email"]).ToHashSet();
        var movieIds = sample.Movies.Select(m => m["_id"]).ToHashSet();
        foreach (var comment in sample.Comments)
        {
            movieIds.ShouldContain(comment["movie_id"]);
            users.ShouldContain(comment["email"]);
            comment["date"].ShouldBeOfType<BsonDateTime>();
            comment["text"].AsString.ShouldNotBeEmpty();
        }

        sample.Theaters[0]["location"].AsDocument["address"].AsDocument["city"].AsString.ShouldNotBeEmpty();
    }

    [Fact]
    public void The_mflix_app_resource_is_the_seed_002_definition()
    {
        var app = MflixSampleInstaller.LoadAppDefinition();

        app["descriptor"].AsDocument["uri"].AsString.ShouldBe("mflix");
        app["schema"].AsString.ShouldContain("MoviesByTomatoesRateRange(min: Float, max: Float");
        app["mappings"].AsDocument["Query"].AsDocument.Names.ShouldBe(["MoviesByTitle", "MoviesByYear", "UserByEmail", "MoviesByTomatoesRateRange", "TheatersByCity"]);
    }

    private static double Rating(BsonDocument movie) => movie["tomatoes"].AsDocument["viewer"].AsDocument["rating"].AsDouble;
}
