using System.Text.Json;
using Serverless.TestSupport;
using Xunit.Abstractions;

namespace Serverless.Mongo.Embedded.Tests.Hosting;

/// <summary>
/// The official Node driver (tests/Oracles, mongodb 7.9.0) with default options against the embedded server:
/// tests/Oracles/node-driver-suite.mjs runs named CRUD, cursor, aggregate, index, catalog, error, BSON and
/// concurrency checks and reports what the driver returned; <see cref="NodeDriverExpectations"/> holds what
/// mongod makes it return. Reported as <c>suite node-driver</c>.
/// </summary>
public sealed class NodeDriverOracleTests(ITestOutputHelper output)
{
    [OracleFact]
    public async Task Node_driver_checks_return_what_mongod_returns()
    {
        await using var server = await EmbeddedMongoServer.StartAsync(new EmbeddedMongoServerOptions(), CancellationToken.None);

        // A second server whose clock moves a second per reading, so the maxTimeMS check expires without sleeping.
        await using var stepping = await EmbeddedMongoServer.StartAsync(new EmbeddedMongoServerOptions { TimeProvider = new SteppingTimeProvider() }, CancellationToken.None);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));

        var json = await NodeOracle.RunAsync("node-driver-suite.mjs", string.Empty, timeout.Token, server.ConnectionString, stepping.ConnectionString);

        using var document = JsonDocument.Parse(json);
        var reported = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var check in document.RootElement.GetProperty("checks").EnumerateArray())
        {
            reported.Add(check.GetProperty("name").GetString()!, check);
        }

        var report = new SuiteReport("node-driver");
        foreach (var (name, expectedJson) in NodeDriverExpectations.All)
        {
            using var expected = JsonDocument.Parse(expectedJson);
            var why = reported.Remove(name, out var actual)
                ? JsonSubset.Mismatch(expected.RootElement, actual)
                : "the script did not report this check";
            output.WriteLine(why is null ? $"PASS {name}"
                : NodeDriverExpectations.KnownGaps.ContainsKey(name) ? $"SKIP {name} (known gap): {why}"
                : $"FAIL {name}: {why}");
            if (why is null)
            {
                report.Pass();
            }
            else if (NodeDriverExpectations.KnownGaps.TryGetValue(name, out var gap))
            {
                report.Skip(name, gap);
            }
            else
            {
                report.Fail(name, $"{why}; reported {(actual.ValueKind == JsonValueKind.Undefined ? "nothing" : actual.GetRawText())}");
            }
        }

        foreach (var (name, actual) in reported)
        {
            report.Fail(name, $"reported by the script but has no expectation: {actual.GetRawText()}");
        }

        output.WriteLine(report.Publish());
        report.Failed.ShouldBe(0, string.Join(Environment.NewLine, report.Failures));
    }
}
