using Serverless.TestSupport;

namespace Serverless.GraphQL.Tests.Language;

/// <summary>
/// A fact that needs both the Node oracles and a folder of ../shared: skipped with the reason when either is
/// missing, except under CI=true, where the test runs and fails.
/// </summary>
public sealed class OracleSharedDataFactAttribute : FactAttribute
{
    public OracleSharedDataFactAttribute(string relativePath)
    {
        if (!RepositoryLayout.IsCi)
        {
            Skip = NodeOracle.SkipReason() ?? RepositoryLayout.SkipReasonForMissingShared(relativePath);
        }
    }
}
