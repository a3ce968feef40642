using System.Buffers.Binary;
using System.Globalization;
using Serverless.Bson;

namespace Serverless.Functions.Sample;

/// <summary>
/// Generates an MFlix-shaped sample (the fields the seed-002 MFlix app maps: movies with imdb and
/// tomatoes.viewer, comments with movie_id/email/date/text, users with name/email, theaters with
/// location.address.city). Shared data cannot ship in the product, so the values are invented, deterministically
/// from the seed: same seed, same documents, same ObjectIds. The two seed-002 example queries find data: at
/// least <see cref="MoviesOf2008"/> movies of 2008 and <see cref="MoviesRatedInExampleRange"/> movies with a
/// viewer rating in [3.8, 4.5).
/// </summary>
public static class MflixSampleGenerator
{
    public const int MoviesOf2008 = 12;
    public const int MoviesRatedInExampleRange = 40;

    private static readonly string[] TitleStarts = ["The", "A", "Last", "Silent", "Golden", "Midnight", "Broken", "Hidden", "Northern", "Distant"];
    private static readonly string[] TitleWords = ["Harbor", "Signal", "Garden", "Voyage", "Empire", "Letter", "River", "Orchard", "Winter", "Machine", "Promise", "Station", "Lantern", "Frontier", "Echo", "Canyon"];
    private static readonly string[] FirstNames = ["Ada", "Bruno", "Chiara", "Dmitri", "Elena", "Farid", "Greta", "Hiro", "Ines", "Jonas", "Kamala", "Luca", "Mina", "Nils", "Olga", "Pedro", "Quinn", "Rosa", "Sven", "Tara"];
    private static readonly string[] LastNames = ["Alves", "Berger", "Costa", "Dahl", "Esposito", "Fischer", "Garcia", "Holm", "Ito", "Jansen", "Kowalski", "Larsen", "Moreau", "Novak", "Okafor", "Petrov"];
    private static readonly string[] Genres = ["Drama", "Comedy", "Thriller", "Documentary", "Romance", "Crime", "Adventure", "Animation", "Sci-Fi", "Western"];
    private static readonly string[] Countries = ["USA", "France", "Italy", "Japan", "Germany", "UK", "Brazil", "India", "Canada", "Spain"];
    private static readonly string[] Words = ["lorem", "ipsum", "dolor", "sit", "amet", "quick", "river", "light", "story", "night", "music", "city", "quiet", "storm", "memory", "friend", "road", "window", "stone", "summer"];
    private static readonly (string City, string State)[] Cities = [("Bloomington", "MN"), ("Springfield", "IL"), ("Portland", "OR"), ("Austin", "TX"), ("Madison", "WI"), ("Boulder", "CO"), ("Savannah", "GA"), ("Tucson", "AZ")];

    /// <summary>The sample for <paramref name="seed"/>: movies, then comments referring to movies and users.</summary>
    public static MflixSample Generate(ulong seed = 2008, int movieCount = 300, int userCount = 60, int commentCount = 1200, int theaterCount = 40)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(movieCount, MoviesOf2008 + MoviesRatedInExampleRange);
        ArgumentOutOfRangeException.ThrowIfLessThan(userCount, 1);
        var random = new SampleRandom(seed);
        var movies = new List<BsonDocument>(movieCount);
        for (var i = 0; i < movieCount; i++)
        {
            movies.Add(Movie(random, i));
        }

        var users = new List<BsonDocument>(userCount);
        for (var i = 0; i < userCount; i++)
        {
            users.Add(User(i));
        }

        var comments = new List<BsonDocument>(commentCount);
        for (var i = 0; i < commentCount; i++)
        {
            comments.Add(Comment(random, i, movies, users));
        }

        var theaters = new List<BsonDocument>(theaterCount);
        for (var i = 0; i < theaterCount; i++)
        {
            theaters.Add(Theater(random, i));
        }

        return new MflixSample(movies, comments, users, theaters);
    }

    private static BsonDocument Movie(SampleRandom random, int index)
    {
        // The first movies are placed where the seed-002 examples look: year 2008, then ratings in [3.8, 4.5).
        var year = index < MoviesOf2008 ? 2008 : random.Next(1950, 2016);
        var rating = index >= MoviesOf2008 && index < MoviesOf2008 + MoviesRatedInExampleRange
            ? 3.8 + (random.Next(0, 7) / 10.0)
            : Math.Round(1.5 + (random.NextDouble() * 3.5), 1);
        var title = $"{random.Pick(TitleStarts)} {random.Pick(TitleWords)}{(index % 3 == 0 ? string.Empty : " " + random.Pick(TitleWords))}";
        var released = new DateTimeOffset(year, random.Next(1, 13), random.Next(1, 29), 0, 0, 0, TimeSpan.Zero);
        return new BsonDocument(
            new BsonElement("_id", Id(1, index)),
            new BsonElement("title", title),
            new BsonElement("year", year),
            new BsonElement("runtime", random.Next(70, 181)),
            new BsonElement("released", BsonDateTime.FromDateTimeOffset(released)),
            new BsonElement("poster", $"https://example.com/posters/{index}.jpg"),
            new BsonElement("plot", Sentence(random, 12)),
            new BsonElement("fullplot", Sentence(random, 40)),
            new BsonElement("lastupdated", released.AddYears(5).ToString("yyyy-MM-dd HH:mm:ss.fff000000", CultureInfo.InvariantCulture)),
            new BsonElement("type", index % 10 == 9 ? "series" : "movie"),
            new BsonElement("directors", new BsonArray(Person(random))),
            new BsonElement("countries", new BsonArray(random.Pick(Countries))),
            new BsonElement("genres", new BsonArray(random.Pick(Genres), random.Pick(Genres))),
            new BsonElement("imdb", new BsonDocument(
                new BsonElement("rating", Math.Round(1 + (random.NextDouble() * 9), 1)),
                new BsonElement("votes", random.Next(5, 500_000)),
                new BsonElement("id", 10_000 + index))),
            new BsonElement("tomatoes", new BsonDocument(
                new BsonElement("viewer", new BsonDocument(
                    new BsonElement("rating", rating),
                    new BsonElement("numReviews", random.Next(10, 200_000)),
                    new BsonElement("meter", random.Next(0, 101)))),
                new BsonElement("lastUpdated", BsonDateTime.FromDateTimeOffset(released.AddYears(6))))));
    }

    private static BsonDocument User(int index)
    {
        var first = FirstNames[index % FirstNames.Length];
        var last = LastNames[(index * 7) % LastNames.Length];
        var email = string.Create(CultureInfo.InvariantCulture, $"{first}.{last}.{index}@example.com").ToLowerInvariant();
        return new BsonDocument(
            new BsonElement("_id", Id(2, index)),
            new BsonElement("name", $"{first} {last}"),
            new BsonElement("email", email));
    }

    private static BsonDocument Comment(SampleRandom random, int index, List<BsonDocument> movies, List<BsonDocument> users)
    {
        // Every movie of the example ranges gets comments first, so both examples show nested comments and users.
        var movie = index < MoviesOf2008 + MoviesRatedInExampleRange ? movies[index] : random.Pick(movies);
        var user = random.Pick(users);
        var date = new DateTimeOffset(1995, 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(random.Next(0, 700_000_000));
        return new BsonDocument(
            new BsonElement("_id", Id(3, index)),
            new BsonElement("name", user["name"]),
            new BsonElement("email", user["email"]),
            new BsonElement("movie_id", movie["_id"]),
            new BsonElement("text", Sentence(random, 16)),
            new BsonElement("date", BsonDateTime.FromDateTimeOffset(date)));
    }

    private static BsonDocument Theater(SampleRandom random, int index)
    {
        var (city, state) = Cities[index % Cities.Length];
        return new BsonDocument(
            new BsonElement("_id", Id(4, index)),
            new BsonElement("theaterId", 1000 + index),
            new BsonElement("location", new BsonDocument(
                new BsonElement("address", new BsonDocument(
                    new BsonElement("street1", $"{random.Next(1, 9999)} Main Street"),
                    new BsonElement("city", city),
                    new BsonElement("state", state),
                    new BsonElement("zipcode", random.Next(10000, 99999).ToString(CultureInfo.InvariantCulture)))),
                new BsonElement("geo", new BsonDocument(
                    new BsonElement("type", "Point"),
                    new BsonElement("coordinates", new BsonArray(Math.Round(-120 + (random.NextDouble() * 50), 5), Math.Round(26 + (random.NextDouble() * 20), 5))))))));
    }

    private static string Person(SampleRandom random) => $"{random.Pick(FirstNames)} {random.Pick(LastNames)}";

    private static string Sentence(SampleRandom random, int words)
    {
        var text = string.Join(' ', Enumerable.Range(0, words).Select(_ => random.Pick(Words)));
        return char.ToUpperInvariant(text[0]) + text[1..] + ".";
    }

    /// <summary>A fixed ObjectId: a 2009 timestamp, the collection's tag, the index (no clock, no machine id).</summary>
    private static ObjectId Id(byte collection, int index)
    {
        Span<byte> bytes = stackalloc byte[ObjectId.Size];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, 1_230_000_000u + (uint)index);
        bytes[4] = 0x5a;
        bytes[5] = collection;
        BinaryPrimitives.WriteUInt32BigEndian(bytes[8..], (uint)index);
        return new ObjectId(bytes);
    }
}
