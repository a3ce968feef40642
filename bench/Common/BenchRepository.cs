namespace Serverless.Benchmarks;

/// <summary>Where the repository, the shared folder and the benchmark artifacts are, seen from a running benchmark.</summary>
/// <remarks>
/// BenchmarkDotNet runs each benchmark in a child process built under the project's bin/ folder, so paths are
/// found by walking up to Serverless.sln rather than from the current directory. Linked into every bench project.
/// </remarks>
internal static class BenchRepository
{
    /// <summary>The directory holding Serverless.sln.</summary>
    public static string Root
    {
        get
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

    /// <summary>The shared folder: env SHARED_DIR, else ../shared beside the repository root.</summary>
    public static string SharedDirectory =>
        Environment.GetEnvironmentVariable("SHARED_DIR") is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>bench/artifacts: BenchmarkDotNet's output and the Node reference results (git-ignored).</summary>
    public static string ArtifactsDirectory => Path.Combine(Root, "bench", "artifacts");
}
