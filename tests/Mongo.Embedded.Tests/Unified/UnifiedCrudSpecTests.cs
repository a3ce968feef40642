using Serverless.Bson;
using Serverless.TestSupport;
using Xunit.Abstractions;

namespace Serverless.Mongo.Embedded.Tests.Unified;

/// <summary>
/// The CRUD unified spec tests (specs/mongodb/crud-unified) through our client, against the embedded server or
/// the MONGODB_URI server: the subset of SOURCES.md whose runOnRequirements the server meets must pass; the rest
/// are skipped with their reason. Publishes suite "crud-unified".
/// </summary>
public sealed class UnifiedCrudSpecTests(ITestOutputHelper output)
{
    private const string SpecDirectory = "specs/mongodb/crud-unified";

    // The issue's bar for a standalone 8.0 server: at least 240 of the 245 selected tests pass.
    private const int RequiredPasses = 240;

    [SharedDataFact(SpecDirectory)]
    public async Task Crud_unified_spec_tests_pass_through_the_client()
    {
        var ct = CancellationToken.None;
        await using var server = await TestMongoServer.StartAsync(ct);
        await using var setupClient = new MongoClient(server.ConnectionString);
        var info = await UnifiedServerInfo.ReadAsync(setupClient, ct);
        var report = new SuiteReport("crud-unified");
        report.Detail($"server {info.Version} topology {info.Topology}{(server.IsExternal ? " (MONGODB_URI)" : " (embedded)")}");
        foreach (var path in Directory.GetFiles(RepositoryLayout.Shared(SpecDirectory), "*.json").Order(StringComparer.Ordinal))
        {
            var file = ExtendedJson.ParseDocument(await File.ReadAllTextAsync(path, ct));
            var fileName = Path.GetFileNameWithoutExtension(path);
            foreach (var test in file["tests"].AsArray.Select(t => t.AsDocument))
            {
                var name = $"{fileName}: {test["description"].AsString}";
                if (UnifiedTestSelection.SkipReason(file, test, info) is { } reason)
                {
                    report.Skip(name, reason);
                    continue;
                }

                await using var run = new UnifiedTestRun(file, test, server.ConnectionString, setupClient, info);
                try
                {
                    await run.RunAsync(ct);
                    report.Pass();
                }
                catch (Exception e) when (e is UnifiedAssertionException or MongoException or ArgumentException)
                {
                    report.Fail(name, e.Message);
                }
            }
        }

        output.WriteLine(report.Publish());
        report.Passed.ShouldBeGreaterThanOrEqualTo(RequiredPasses, string.Join(Environment.NewLine, report.Failures));
    }
}
