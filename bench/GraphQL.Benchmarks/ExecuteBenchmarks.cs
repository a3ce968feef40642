using BenchmarkDotNet.Attributes;

namespace Serverless.GraphQL.Benchmarks;

/// <summary>Execution of the 1,000-item query plus writing its response JSON; one operation is one request.</summary>
[MemoryDiagnoser]
public class ExecuteBenchmarks : IDisposable
{
    private ExecutionFixture _fixture = null!;

    [GlobalSetup]
    public void Setup() => _fixture = new ExecutionFixture();

    [GlobalCleanup]
    public void Dispose()
    {
        _fixture?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark]
    public Task<int> ExecuteItemList() => _fixture.ExecuteAndSerializeAsync();
}
