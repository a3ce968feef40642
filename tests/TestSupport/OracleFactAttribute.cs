using Xunit;

namespace Serverless.TestSupport;

/// <summary>A fact that drives a Node oracle: skipped with the reason when node or the packages are missing, except under CI=true.</summary>
public sealed class OracleFactAttribute : FactAttribute
{
    public OracleFactAttribute()
    {
        if (!RepositoryLayout.IsCi)
        {
            Skip = NodeOracle.SkipReason();
        }
    }
}
