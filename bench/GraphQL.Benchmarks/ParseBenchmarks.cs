using System.Text;
using BenchmarkDotNet.Attributes;
using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Benchmarks;

/// <summary>
/// Parser.Parse of the two graphql-js fixtures. One operation is one parse of the whole file, so the mean converts to
/// MB/s with the file's UTF-8 size. UTF-8 bytes are the engine's real input (HTTP bodies); the string overload is
/// measured too because graphql-js parses a JS string.
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    public const string GithubSchemaFile = "github-schema.graphql";
    public const string KitchenSinkFile = "kitchen-sink.graphql";

    private byte[] _github = [];
    private string _githubText = string.Empty;
    private byte[] _kitchenSink = [];
    private string _kitchenSinkText = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _github = BenchLayout.ReadFixture(GithubSchemaFile);
        _githubText = Encoding.UTF8.GetString(_github);
        _kitchenSink = BenchLayout.ReadFixture(KitchenSinkFile);
        _kitchenSinkText = Encoding.UTF8.GetString(_kitchenSink);
    }

    [Benchmark]
    public int ParseGithubSchemaUtf8() => Parser.Parse(_github).Definitions.Count;

    [Benchmark]
    public int ParseGithubSchemaString() => Parser.Parse(_githubText).Definitions.Count;

    [Benchmark]
    public int ParseKitchenSinkUtf8() => Parser.Parse(_kitchenSink).Definitions.Count;

    [Benchmark]
    public int ParseKitchenSinkString() => Parser.Parse(_kitchenSinkText).Definitions.Count;
}
