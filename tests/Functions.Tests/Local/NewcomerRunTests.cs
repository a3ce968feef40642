using System.Net;
using System.Text;
using System.Text.Json;
using Serverless.Functions.Tests.Support;

namespace Serverless.Functions.Tests.Local;

/// <summary>
/// The README's run command without MONGODB_URI: the program starts the embedded server with the generated
/// sample and the MFlix app, prints its URL and a curl command, and both seed-002 examples answer with data of the
/// documented shape.
/// </summary>
public sealed class NewcomerRunTests
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Both_seed_002_examples_answer_with_data_of_the_documented_shape()
    {
        await using var program = ProgramProcess.Start(new Dictionary<string, string>(), "--urls", "http://127.0.0.1:0");
        var endpoint = await program.EndpointAsync(StartDeadline);
        endpoint.ShouldEndWith("/graphql/mflix");
        program.Output.ShouldContain("curl -s -X POST http://127.0.0.1:");
        using var http = new HttpClient();

        using var json = await http.PostAsync(endpoint, new StringContent(
            """{"query":"query exampleOperation($year: Int!, $limit: Int = 0){MoviesByYear(year: $year, limit: $limit){ title comments{ text user{name} date} tomatoesRate}}","variables":{"year":2008,"limit":2}}""",
            Encoding.UTF8,
            "application/json"));
        json.StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var body = JsonDocument.Parse(await json.Content.ReadAsStringAsync()))
        {
            body.RootElement.TryGetProperty("errors", out _).ShouldBeFalse();
            var movies = body.RootElement.GetProperty("data").GetProperty("MoviesByYear").EnumerateArray().ToList();
            movies.Count.ShouldBe(2);
            foreach (var movie in movies)
            {
                movie.GetProperty("title").ValueKind.ShouldBe(JsonValueKind.String);
                movie.GetProperty("tomatoesRate").ValueKind.ShouldBe(JsonValueKind.Number);
                foreach (var comment in movie.GetProperty("comments").EnumerateArray())
                {
                    comment.GetProperty("text").ValueKind.ShouldBe(JsonValueKind.String);
                    comment.GetProperty("user").GetProperty("name").ValueKind.ShouldBe(JsonValueKind.String);
                    comment.GetProperty("date").GetProperty("$date").ValueKind.ShouldBe(JsonValueKind.Number);
                }
            }

            movies.Sum(movie => movie.GetProperty("comments").GetArrayLength()).ShouldBeGreaterThan(0);
        }

        using var graphql = await http.PostAsync(endpoint, new StringContent(
            "{\n    MoviesByTomatoesRateRange(min: 3.8, max: 4.5, limit: 3, skip: 20, sort: -1){\n        title\n        comments{\n            text\n            user{\n                name\n            }\n        }\n        tomatoesRate\n    }\n}",
            Encoding.UTF8,
            "application/graphql"));
        graphql.StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var body = JsonDocument.Parse(await graphql.Content.ReadAsStringAsync()))
        {
            body.RootElement.TryGetProperty("errors", out _).ShouldBeFalse();
            var movies = body.RootElement.GetProperty("data").GetProperty("MoviesByTomatoesRateRange").EnumerateArray().ToList();
            movies.Count.ShouldBe(3);
            var rates = movies.Select(movie => movie.GetProperty("tomatoesRate").GetDouble()).ToList();
            rates.ShouldAllBe(rate => rate >= 3.8 && rate < 4.5);
            rates.ShouldBe(rates.OrderByDescending(rate => rate).ToList());
            foreach (var movie in movies)
            {
                movie.GetProperty("title").ValueKind.ShouldBe(JsonValueKind.String);
                foreach (var comment in movie.GetProperty("comments").EnumerateArray())
                {
                    comment.GetProperty("text").ValueKind.ShouldBe(JsonValueKind.String);
                    comment.GetProperty("user").GetProperty("name").ValueKind.ShouldBe(JsonValueKind.String);
                }
            }
        }
    }

    [Fact]
    public async Task Invalid_configuration_stops_start_up_with_a_clear_message()
    {
        await using var program = ProgramProcess.Start(new Dictionary<string, string> { ["GraphQL__DefaultLimit"] = "lots" }, "--urls", "http://127.0.0.1:0");

        (await program.ExitCodeAsync(StartDeadline)).ShouldBe(2);
        program.Errors.ShouldContain("Invalid configuration: GraphQL:DefaultLimit must be a positive integer, got 'lots'");
    }
}
