using Xunit;

namespace Serverless.TestSupport;

/// <summary>
/// A fact that needs a folder of ../shared. Without it the test is skipped with the reason, except under
/// CI=true, where the test runs and fails (absence of the team's data must not pass silently in CI).
/// </summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string relativePath)
    {
        if (!RepositoryLayout.IsCi)
        {
            Skip = RepositoryLayout.SkipReasonForMissingShared(relativePath);
        }
    }
}
