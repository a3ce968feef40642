using Serverless.TestSupport;

namespace Serverless.Conformance.Tests.Cats;

/// <summary>
/// A fact that needs both the shared graphql-cats data and the Node YAML converter: skipped with the first missing
/// piece's reason, except under CI=true where both helpers throw so the absence fails the run.
/// </summary>
public sealed class CatsOracleFactAttribute : FactAttribute
{
    public CatsOracleFactAttribute(string sharedPath)
    {
        if (!RepositoryLayout.IsCi)
        {
            Skip = RepositoryLayout.SkipReasonForMissingShared(sharedPath) ?? NodeOracle.SkipReason();
        }
    }
}
