using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serverless.Functions.Tests.Support;

namespace Serverless.Functions.Tests.Hosting;

/// <summary>Settings reach the behaviour they name, and each request leaves one structured log entry.</summary>
public sealed class SettingsFlowTests
{
    [Fact]
    public async Task Verbose_adds_the_dataloader_statistics_to_responses()
    {
        await using var mongo = await PeopleMongoAsync();
        await using var service = await ServiceUnderTest.StartAsync(mongo.Value.ConnectionString, new Dictionary<string, string?> { ["GraphQL:Verbose"] = "true" });

        using var response = await service.PostGraphQLAsync("/graphql/people", "{ people { name } }");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("extensions").GetProperty("dataloader").GetProperty("overall-statistics").ValueKind.ShouldBe(JsonValueKind.Object);
    }

    [Fact]
    public async Task With_the_app_cache_disabled_every_request_sees_the_stored_definition()
    {
        await using var mongo = await PeopleMongoAsync();
        await using var service = await ServiceUnderTest.StartAsync(mongo.Value.ConnectionString, new Dictionary<string, string?> { ["GraphQL:AppCacheEnabled"] = "false" });
        using (var before = await service.PostGraphQLAsync("/graphql/people", "{ people { nick } }"))
        {
            before.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        await mongo.Value.PutAsync(TestApps.DefinitionsDb, TestApps.DefinitionsCollection, TestApps.People("people", extraField: "nick: String"));
        using var after = await service.PostGraphQLAsync("/graphql/people", "{ people { nick } }");

        after.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Definitions_are_read_from_the_configured_database_and_collection()
    {
        await using var mongo = await PeopleMongoAsync();
        await mongo.Value.PutAsync("tenant", "apps", TestApps.People("elsewhere"));
        await using var service = await ServiceUnderTest.StartAsync(mongo.Value.ConnectionString, new Dictionary<string, string?>
        {
            ["GraphQL:DefinitionsDb"] = "tenant",
            ["GraphQL:DefinitionsCollection"] = "apps",
        });

        using var found = await service.PostGraphQLAsync("/graphql/elsewhere", "{ people { name } }");
        using var notThere = await service.PostGraphQLAsync("/graphql/people", "{ people { name } }");

        found.StatusCode.ShouldBe(HttpStatusCode.OK);
        notThere.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Each_request_logs_its_id_app_status_duration_and_mongodb_command_count()
    {
        await using var mongo = await PeopleMongoAsync();
        using var logs = new CapturingLoggerProvider();
        await using var service = await ServiceUnderTest.StartAsync(mongo.Value.ConnectionString, configure: builder => builder.Logging.AddProvider(logs));

        using var response = await service.PostGraphQLAsync("/graphql/people", "{ people { name } }");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        // The entry is written once the response is on its way, so the client may see the answer first.
        (await Eventually.HoldsAsync(() => Task.FromResult(logs.Entries.Any(IsRequestEntry)), TimeSpan.FromSeconds(30))).ShouldBeTrue();
        var entry = logs.Entries.Single(IsRequestEntry).State;
        entry["RequestId"].ShouldBeOfType<string>().ShouldNotBeEmpty();
        entry["App"].ShouldBe("people");
        entry["Status"].ShouldBe(200);
        entry["DurationMs"].ShouldBeOfType<double>();
        entry["MongoCommands"].ShouldBe(1L);
    }

    [Fact]
    public async Task A_request_logs_exactly_our_one_request_line_at_information_and_none_of_aspnetcores_per_request_lines()
    {
        await using var mongo = await PeopleMongoAsync();
        using var logs = new CapturingLoggerProvider();
        await using var service = await ServiceUnderTest.StartAsync(mongo.Value.ConnectionString, configure: builder => builder.Logging.AddProvider(logs));
        var before = logs.Entries.Count;

        using var response = await service.PostGraphQLAsync("/graphql/people", "{ people { name } }");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Eventually.HoldsAsync(() => Task.FromResult(logs.Entries.Any(IsRequestEntry)), TimeSpan.FromSeconds(30))).ShouldBeTrue();
        // Hosting's "Request starting" precedes our line, so with Information enabled for it this would see it.
        var informational = logs.Entries.Skip(before).Where(entry => entry.Level >= LogLevel.Information).ToList();
        informational.ShouldHaveSingleItem().Category.ShouldEndWith("GraphQLEndpoint");
        var factory = service.Service.Application.Services.GetRequiredService<ILoggerFactory>();
        factory.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Information).ShouldBeFalse();
        factory.CreateLogger("Microsoft.AspNetCore.Routing.EndpointMiddleware").IsEnabled(LogLevel.Warning).ShouldBeTrue();
    }

    private static bool IsRequestEntry((string Category, IReadOnlyDictionary<string, object?> State, string Message, LogLevel Level) entry) =>
        entry.Category.EndsWith("GraphQLEndpoint", StringComparison.Ordinal);

    private static async Task<AsyncDisposableValue<EmbeddedMongo>> PeopleMongoAsync()
    {
        var mongo = new EmbeddedMongo();
        await mongo.InitializeAsync();
        await mongo.InsertManyAsync(TestApps.Database, "people", TestApps.PeopleData());
        await mongo.PutAsync(TestApps.DefinitionsDb, TestApps.DefinitionsCollection, TestApps.People("people"));
        return new AsyncDisposableValue<EmbeddedMongo>(mongo, mongo.DisposeAsync);
    }
}
