using Serverless.Core.Compilation;

namespace Serverless.Core.Benchmarks;

/// <summary>The requests of the benchmark: the two documented MFlix queries of seed 002, and one that has data here.</summary>
internal static class MflixRequests
{
    private const string MoviesByYearQuery =
        "query exampleOperation($year: Int!, $limit: Int = 0){MoviesByYear(year: $year, limit: $limit){ title comments{ text user{name} date} tomatoesRate}}";

    public static IReadOnlyList<(string Name, string Description, AppRequest Request)> All { get; } =
    [
        (
            "moviesByYear2008",
            "MoviesByYear(year: 2008, limit: 2) { title comments { text user { name } date } tomatoesRate }",
            new AppRequest { Query = MoviesByYearQuery, Variables = new Dictionary<string, object?> { ["year"] = 2008, ["limit"] = 2 } }),
        (
            "tomatoesRange",
            "MoviesByTomatoesRateRange(min: 3.8, max: 4.5, limit: 3, skip: 20, sort: -1) { title comments { text user { name } } tomatoesRate }",
            new AppRequest { Query = "{ MoviesByTomatoesRateRange(min: 3.8, max: 4.5, limit: 3, skip: 20, sort: -1){ title comments{ text user{ name } } tomatoesRate } }" }),
        (
            // The shared sample has no movie of 2008 (the documented answer comes from the full dataset), so the
            // first query stops after one find; 1955 has the most movies with comments in the sample.
            "moviesByYear1955",
            "the first query with year: 1955, limit: 20",
            new AppRequest { Query = MoviesByYearQuery, Variables = new Dictionary<string, object?> { ["year"] = 1955, ["limit"] = 20 } }),
    ];
}
