using Xunit;

namespace Serverless.TestSupport;

/// <summary>The theory form of <see cref="SharedDataFactAttribute"/>.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute(string relativePath)
    {
        if (!RepositoryLayout.IsCi)
        {
            Skip = RepositoryLayout.SkipReasonForMissingShared(relativePath);
        }
    }
}
