using System.Text.Json;
using Serverless.TestSupport;

namespace Serverless.Mongo.Embedded.Tests.Hosting;

/// <summary>The official Node driver, with default options, against the embedded server: proof of wire faithfulness.</summary>
public sealed class NodeDriverOracleTests
{
    [OracleFact]
    public async Task Node_driver_connects_writes_reads_and_iterates_cursors_with_default_options()
    {
        await using var server = await EmbeddedMongoServer.StartAsync(new EmbeddedMongoServerOptions(), CancellationToken.None);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));

        var output = await NodeOracle.RunAsync("node-driver-smoke.mjs", string.Empty, timeout.Token, server.ConnectionString);

        using var summary = JsonDocument.Parse(output);
        var root = summary.RootElement;
        root.GetProperty("ping").GetDouble().ShouldBe(1);
        root.GetProperty("version").GetString().ShouldBe("8.0.0");
        root.GetProperty("inserted").GetInt32().ShouldBe(5);
        root.GetProperty("generatedIdType").GetString().ShouldBe("function");
        root.GetProperty("duplicate").GetProperty("code").GetInt32().ShouldBe(11000);
        root.GetProperty("duplicate").GetProperty("message").GetString().ShouldBe("E11000 duplicate key error collection: smoke.movies index: _id_ dup key: { _id: 1 }");
        root.GetProperty("found").GetInt32().ShouldBe(6);
        root.GetProperty("firstTitle").GetString().ShouldBe("Heat");
        root.GetProperty("estimated").GetInt32().ShouldBe(6);
        root.GetProperty("indexName").GetString().ShouldBe("year_1");
        root.GetProperty("indexes").EnumerateArray().Select(e => e.GetString()).ShouldBe(["_id_", "year_1"]);
        root.GetProperty("collections").EnumerateArray().Select(e => e.GetString()).ShouldBe(["movies"]);
        root.GetProperty("iterated").GetInt32().ShouldBe(6);
        root.GetProperty("distinctYears").EnumerateArray().Select(e => e.GetInt32()).ShouldBe([1979, 1995, 2009]);
        root.GetProperty("updated").EnumerateArray().Select(e => e.GetInt32()).ShouldBe([1, 1]);
        root.GetProperty("modifiedYear").GetInt32().ShouldBe(2014);
        root.GetProperty("counted").GetInt32().ShouldBe(3);
        root.GetProperty("total").GetInt32().ShouldBe(1979 + 1995 + 2009 + 2014 + 1975);
        root.GetProperty("deleted").GetInt32().ShouldBe(1);
        root.GetProperty("after").GetInt32().ShouldBe(5);
    }
}
