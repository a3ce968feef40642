using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Serverless.Functions.Tests.Support;

namespace Serverless.Functions.Tests.Http;

/// <summary>§3.4's 500 rows: MongoDB unreachable while the app loads, and (the [REC]) during execution.</summary>
public sealed class DatabaseUnavailableTests
{
    private const string Prefix = "Unable to establish a connection to the database: ";

    [Fact]
    public async Task Loading_an_app_from_an_unreachable_mongodb_gets_500()
    {
        await using var service = await ServiceUnderTest.StartAsync($"mongodb://127.0.0.1:{ClosedPort()}/?serverSelectionTimeoutMS=300");

        using var response = await service.PostJsonAsync("/graphql/people", """{"query":"{ people { name } }"}""");

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        var error = await SingleErrorAsync(response);
        error.GetProperty("message").GetString()!.ShouldStartWith(Prefix);
        error.GetProperty("extensions").GetProperty("classification").GetString().ShouldBe("ExecutionAborted");
    }

    [Fact]
    public async Task Mongodb_going_away_under_a_cached_app_gets_500()
    {
        var mongo = new EmbeddedMongo();
        await mongo.InitializeAsync();
        await mongo.InsertManyAsync(TestApps.Database, "people", TestApps.PeopleData());
        await mongo.PutAsync(TestApps.DefinitionsDb, TestApps.DefinitionsCollection, TestApps.People("people"));
        await using var service = await ServiceUnderTest.StartAsync(mongo.ConnectionString + "?serverSelectionTimeoutMS=300");
        using (var before = await service.PostJsonAsync("/graphql/people", """{"query":"{ people { name } }"}"""))
        {
            before.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        await mongo.DisposeAsync();
        using var response = await service.PostJsonAsync("/graphql/people", """{"query":"{ people { name } }"}""");

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        (await SingleErrorAsync(response)).GetProperty("message").GetString()!.ShouldStartWith(Prefix);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static async Task<JsonElement> SingleErrorAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.GetProperty("errors").EnumerateArray().Single().Clone();
    }
}
