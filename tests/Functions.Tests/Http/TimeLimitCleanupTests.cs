using System.Diagnostics;
using System.Globalization;
using System.Net;
using Serverless.Bson;
using Serverless.Functions.Tests.Support;
using Xunit.Abstractions;

namespace Serverless.Functions.Tests.Http;

/// <summary>
/// §13 and issue 6 ("Time limit"): a slow query of each kind (aggregation mapping, find, batched DataLoader field)
/// ends in 408, and afterwards the database has nothing left of it: no open cursor (serverStatus
/// metrics.cursor.open.total) and no operation on its collection (currentOp). The server is polled with a
/// generous deadline; the request-to-408 time is printed, never asserted (no timing assertions).
/// </summary>
public sealed class TimeLimitCleanupTests(ITestOutputHelper output)
{
    private const int QueryTimeLimitMs = 300;
    private static readonly TimeSpan Cleanup = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData("{ aggregation { _id n } }", "big")]
    [InlineData("{ find { _id n } }", "big")]
    [InlineData("{ parents { _id children { _id ref } } }", "slowchildren")]
    public async Task A_slow_query_gets_408_and_leaves_no_cursor_and_no_operation_behind(string query, string collection)
    {
        var mongo = new EmbeddedMongo();
        await mongo.InitializeAsync();
        try
        {
            await mongo.InsertManyAsync(TestApps.Database, "big", TestApps.BigData());
            await mongo.InsertManyAsync(TestApps.Database, "parents", TestApps.ParentsData());
            await mongo.InsertManyAsync(TestApps.Database, "slowchildren", TestApps.SlowChildrenData());
            await mongo.PutAsync(TestApps.DefinitionsDb, TestApps.DefinitionsCollection, TestApps.Slow("slow"));
            await using var service = await ServiceUnderTest.StartAsync(mongo.ConnectionString, new Dictionary<string, string?>
            {
                ["GraphQL:QueryTimeLimitMs"] = QueryTimeLimitMs.ToString(CultureInfo.InvariantCulture),
            });

            var clock = Stopwatch.StartNew();
            using var response = await service.PostJsonAsync("/graphql/slow", JsonRequest(query));
            var elapsed = clock.Elapsed;
            output.WriteLine($"{query}: 408 after {elapsed.TotalMilliseconds:F0} ms (limit {QueryTimeLimitMs} ms)");

            response.StatusCode.ShouldBe(HttpStatusCode.RequestTimeout, await response.Content.ReadAsStringAsync());
            (await response.Content.ReadAsStringAsync()).ShouldBe(
                $$$"""{"errors":[{"message":"Maximum query time limit of {{{QueryTimeLimitMs}}}ms exceeded","extensions":{"classification":"ExecutionAborted"}}]}""");
            var ns = $"{TestApps.Database}.{collection}";
            (await Eventually.HoldsAsync(() => NothingLeftAsync(mongo, ns), Cleanup)).ShouldBeTrue(
                $"after {Cleanup.TotalSeconds} s the server still had: {await DescribeAsync(mongo, ns)}");
        }
        finally
        {
            await mongo.DisposeAsync();
        }
    }

    private static string JsonRequest(string query) => new BsonDocument(new BsonElement("query", query)).ToString();

    private static async Task<bool> NothingLeftAsync(EmbeddedMongo mongo, string ns)
    {
        var (openCursors, running) = await ObserveAsync(mongo, ns);
        return openCursors == 0 && running.Count == 0;
    }

    private static async Task<string> DescribeAsync(EmbeddedMongo mongo, string ns)
    {
        var (openCursors, running) = await ObserveAsync(mongo, ns);
        return $"{openCursors} open cursor(s), operations {running}";
    }

    private static async Task<(long OpenCursors, BsonArray Running)> ObserveAsync(EmbeddedMongo mongo, string ns)
    {
        var admin = mongo.Client.GetDatabase("admin");
        var status = await admin.RunCommandAsync([new("serverStatus", 1)]);
        var currentOp = await admin.RunCommandAsync([new("currentOp", 1), new("ns", ns)]);
        var open = status["metrics"].AsDocument["cursor"].AsDocument["open"].AsDocument["total"].AsInt64;
        return (open, currentOp["inprog"].AsArray);
    }
}
