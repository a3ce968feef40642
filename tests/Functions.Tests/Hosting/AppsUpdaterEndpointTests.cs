using System.Net;
using System.Text;
using System.Text.Json;
using Serverless.Functions.Tests.Support;

namespace Serverless.Functions.Tests.Hosting;

/// <summary>The custom-handler timer contract (azure-functions.md §2): POST /appsUpdater with the host's envelope.</summary>
public sealed class AppsUpdaterEndpointTests : IClassFixture<ServedApps>
{
    // What the host posts for a timer binding named "timer" (Data per input binding, Metadata with sys).
    private const string TimerInvocation = """
        {
          "Data": {
            "timer": {
              "Schedule": { "AdjustForDST": true },
              "ScheduleStatus": { "Last": "2026-11-21T22:00:00+00:00", "Next": "2026-11-21T22:01:00+00:00", "LastUpdated": "2026-11-21T22:00:00+00:00" },
              "IsPastDue": false
            }
          },
          "Metadata": {
            "sys": { "MethodName": "appsUpdater", "UtcNow": "2026-11-21T22:01:00.0123456Z", "RandGuid": "0f8fad5b-d9cb-469f-a165-70867728950e" }
          }
        }
        """;

    private readonly ServiceUnderTest _service;

    public AppsUpdaterEndpointTests(ServedApps apps) => _service = apps.Service;

    [Fact]
    public async Task The_timer_invocation_gets_200_with_outputs_logs_and_return_value()
    {
        using var content = new StringContent(TimerInvocation, Encoding.UTF8, "application/json");
        content.Headers.Add("X-Azure-Functions-InvocationId", Guid.NewGuid().ToString());
        using var response = await _service.SendAsync(HttpMethod.Post, "/appsUpdater", content);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("Outputs").ValueKind.ShouldBe(JsonValueKind.Object);
        body.RootElement.GetProperty("ReturnValue").ValueKind.ShouldBe(JsonValueKind.Null);
        var logs = body.RootElement.GetProperty("Logs").EnumerateArray().Select(line => line.GetString()).ToList();
        logs[0]!.ShouldStartWith("app cache revalidated: ");
    }

    [Fact]
    public async Task Without_the_in_process_timer_the_timer_invocation_is_what_revalidates_the_cache()
    {
        var mongo = new EmbeddedMongo();
        await mongo.InitializeAsync();
        try
        {
            await mongo.InsertManyAsync(TestApps.Database, "people", TestApps.PeopleData());
            await mongo.PutAsync(TestApps.DefinitionsDb, TestApps.DefinitionsCollection, TestApps.People("people"));
            await using var service = await ServiceUnderTest.StartAsync(mongo.ConnectionString, new Dictionary<string, string?> { ["GraphQL:InProcessUpdater"] = "false" });
            await mongo.PutAsync(TestApps.DefinitionsDb, TestApps.DefinitionsCollection, TestApps.People("people", extraField: "nick: String"));
            using (var stale = await service.PostGraphQLAsync("/graphql/people", "{ people { nick } }"))
            {
                stale.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            }

            using var content = new StringContent(TimerInvocation, Encoding.UTF8, "application/json");
            using var invocation = await service.SendAsync(HttpMethod.Post, "/appsUpdater", content);
            using var body = JsonDocument.Parse(await invocation.Content.ReadAsStringAsync());
            using var fresh = await service.PostGraphQLAsync("/graphql/people", "{ people { nick } }");

            invocation.StatusCode.ShouldBe(HttpStatusCode.OK);
            body.RootElement.GetProperty("Logs").EnumerateArray().Select(line => line.GetString()).ShouldContain("recompiled people");
            fresh.StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            await mongo.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_payload_that_is_not_the_hosts_envelope_gets_400_still_in_the_envelope_shape()
    {
        using var content = new StringContent("[1,2]", Encoding.UTF8, "application/json");
        using var response = await _service.SendAsync(HttpMethod.Post, "/appsUpdater", content);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("Logs").GetArrayLength().ShouldBe(1);
    }
}
