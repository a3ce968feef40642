using Serverless.TestSupport;
using Xunit.Abstractions;

namespace Serverless.Mongo.Tests.Authentication;

/// <summary>Conformance suite "auth": credentials from connection strings, and the recorded SCRAM conversations.</summary>
public sealed class AuthConformanceSuiteTests(ITestOutputHelper output)
{
    [SharedDataFact("specs/mongodb/auth")]
    public async Task Auth_suite_matches_the_connection_string_credentials_and_the_recorded_SCRAM_conversations()
    {
        var report = new SuiteReport("auth");
        AuthConnectionStringCases.Run(report);
        await ScramConversationCases.RunAsync(report);
        output.WriteLine(report.Publish());

        report.Failed.ShouldBe(0, string.Join(Environment.NewLine, report.Failures));
    }
}
