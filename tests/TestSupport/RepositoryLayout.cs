namespace Serverless.TestSupport;

/// <summary>Where the repository and the team's shared folder are, seen from a running test.</summary>
public static class RepositoryLayout
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The directory holding Serverless.sln.</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>True when the CI environment says so; then missing shared data is a failure, not a skip.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The shared folder: env SHARED_DIR, else ../shared beside the repository root.</summary>
    public static string SharedDirectory =>
        Environment.GetEnvironmentVariable("SHARED_DIR") is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    /// <summary>Why tests that need a shared sub-folder must skip, or null when they can run.</summary>
    /// <exception cref="InvalidOperationException">Under CI=true, when the folder is missing.</exception>
    public static string? SkipReasonForMissingShared(string relativePath)
    {
        var path = Path.Combine(SharedDirectory, relativePath);
        if (Directory.Exists(path) || File.Exists(path))
        {
            return null;
        }

        var reason = $"shared data '{relativePath}' not found at {path} (set SHARED_DIR or put shared/ beside the repository)";
        if (IsCi)
        {
            throw new InvalidOperationException("CI=true and " + reason);
        }

        return reason;
    }

    /// <summary>Absolute path of a shared file or folder.</summary>
    public static string Shared(string relativePath) => Path.Combine(SharedDirectory, relativePath);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Serverless.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Serverless.sln above {AppContext.BaseDirectory}.");
    }
}
