using Serverless.Benchmarks;

namespace Serverless.Bson.Benchmarks;

/// <summary>Where the repository, the shared data and the benchmark artifacts are, seen from a running benchmark.</summary>
/// <remarks>
/// BenchmarkDotNet runs each benchmark in a child process built under this project's bin/ folder, so paths are
/// found by walking up to Serverless.sln rather than from the current directory. The parent also passes the
/// resolved data path down in <see cref="DataPathVariable"/>.
/// </remarks>
internal static class BenchLayout
{
    /// <summary>Environment variable holding the absolute path of the documents file; set by the parent process.</summary>
    public const string DataPathVariable = "BSON_BENCH_DATA";

    /// <summary>The documents benchmarked, relative to the shared folder.</summary>
    public const string MoviesRelativePath = "data/sample_mflix/movies.json.gz";

    /// <summary>The movies file: env <see cref="DataPathVariable"/> if set, else under the shared folder.</summary>
    public static string MoviesPath =>
        Environment.GetEnvironmentVariable(DataPathVariable) is { Length: > 0 } configured
            ? configured
            : Path.Combine(BenchRepository.SharedDirectory, MoviesRelativePath);

    public static string ArtifactsDirectory => BenchRepository.ArtifactsDirectory;

    /// <summary>Where bench/run-bson.sh makes the Node reference run write its results.</summary>
    public static string DefaultReferenceResultsPath => Path.Combine(ArtifactsDirectory, "js-bson.json");
}
