using Serverless.TestSupport;
using Xunit.Abstractions;

namespace Serverless.Conformance.Tests.Cats;

public sealed class CatsConformanceTests(ITestOutputHelper output)
{
    [CatsOracleFact("specs/graphql/cats/scenarios")]
    public async Task Engine_conforms_to_the_graphql_cats_scenarios()
    {
        var report = await CatsSuite.RunAsync(RepositoryLayout.Shared("specs/graphql/cats/scenarios"), CancellationToken.None);

        output.WriteLine(report.Publish());
        report.Failed.ShouldBe(0, string.Join(Environment.NewLine, report.Failures));
    }
}
