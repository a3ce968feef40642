using System.Text.Json;

namespace Serverless.Load;

/// <summary>The two example queries of the MFlix app in seed 002, as application/json bodies.</summary>
/// <remarks>
/// The seed sends the second one as application/graphql; Apollo Server accepts only JSON bodies (and blocks other
/// content types as CSRF), so both go as JSON to every server: the same bytes to each.
/// </remarks>
internal static class MflixQueries
{
    public static IReadOnlyList<GraphQLQuery> Create(int year) =>
    [
        new("MoviesByYear", JsonSerializer.SerializeToUtf8Bytes(new
        {
            query = "query exampleOperation($year: Int!, $limit: Int = 0){MoviesByYear(year: $year, limit: $limit){ title comments{ text user{name} date} tomatoesRate}}",
            variables = new { year, limit = 2 },
        })),
        new("MoviesByTomatoesRateRange", JsonSerializer.SerializeToUtf8Bytes(new
        {
            query = "{ MoviesByTomatoesRateRange(min: 3.8, max: 4.5, limit: 3, skip: 20, sort: -1){ title comments{ text user{ name } } tomatoesRate } }",
        })),
    ];
}
