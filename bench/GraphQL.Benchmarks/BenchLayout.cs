using Serverless.Benchmarks;

namespace Serverless.GraphQL.Benchmarks;

/// <summary>Where the repository, the shared fixtures and the benchmark artifacts are, seen from a running benchmark.</summary>
/// <remarks>
/// BenchmarkDotNet runs each benchmark in a child process built under this project's bin/ folder, so paths are
/// found by walking up to Serverless.sln rather than from the current directory. The parent passes the resolved
/// fixtures folder down in <see cref="FixturesVariable"/>.
/// </remarks>
internal static class BenchLayout
{
    /// <summary>Environment variable holding the absolute path of the graphql-js fixtures folder; set by the parent.</summary>
    public const string FixturesVariable = "GRAPHQL_BENCH_FIXTURES";

    /// <summary>The fixtures folder, relative to the shared folder.</summary>
    public const string FixturesRelativePath = "specs/graphql/fixtures/graphql-js";

    /// <summary>The fixtures folder: env <see cref="FixturesVariable"/> if set, else under the shared folder.</summary>
    public static string FixturesDirectory =>
        Environment.GetEnvironmentVariable(FixturesVariable) is { Length: > 0 } configured
            ? configured
            : Path.Combine(BenchRepository.SharedDirectory, FixturesRelativePath);

    public static string ArtifactsDirectory => BenchRepository.ArtifactsDirectory;

    /// <summary>Where bench/run-graphql.sh makes the Node reference run write its results.</summary>
    public static string DefaultReferenceResultsPath => Path.Combine(ArtifactsDirectory, "graphql-js.json");

    /// <summary>Reads one fixture's bytes, with a clear error when the shared folder is missing.</summary>
    public static byte[] ReadFixture(string fileName)
    {
        var path = Path.Combine(FixturesDirectory, fileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Benchmark fixture not found at {path} (set SHARED_DIR).", path);
        }

        return File.ReadAllBytes(path);
    }
}
