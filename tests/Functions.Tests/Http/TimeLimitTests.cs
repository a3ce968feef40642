using System.Net;
using Serverless.Functions.Tests.Support;

namespace Serverless.Functions.Tests.Http;

/// <summary>
/// §3.4/§13: a request over query-time-limit gets 408 with only the time-limit error. The slow field unwinds 40
/// million elements, far beyond the limit on any machine; how soon the 408 comes is not asserted (no timing).
/// </summary>
public sealed class TimeLimitTests
{
    private const int QueryTimeLimitMs = 300;

    [Fact]
    public async Task Exceeding_the_query_time_limit_gets_408_with_only_the_time_limit_error()
    {
        var mongo = new EmbeddedMongo();
        await mongo.InitializeAsync();
        try
        {
            await mongo.InsertManyAsync(TestApps.Database, "big", TestApps.BigData());
            await mongo.PutAsync(TestApps.DefinitionsDb, TestApps.DefinitionsCollection, TestApps.People("people"));
            await using var service = await ServiceUnderTest.StartAsync(mongo.ConnectionString, new Dictionary<string, string?>
            {
                ["GraphQL:QueryTimeLimitMs"] = QueryTimeLimitMs.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });

            using var response = await service.PostJsonAsync("/graphql/people", """{"query":"{ slow { _id n } }"}""");

            response.StatusCode.ShouldBe(HttpStatusCode.RequestTimeout);
            (await response.Content.ReadAsStringAsync()).ShouldBe(
                $$$"""{"errors":[{"message":"Maximum query time limit of {{{QueryTimeLimitMs}}}ms exceeded","extensions":{"classification":"ExecutionAborted"}}]}""");
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/graphql-response+json");
        }
        finally
        {
            await mongo.DisposeAsync();
        }
    }
}
