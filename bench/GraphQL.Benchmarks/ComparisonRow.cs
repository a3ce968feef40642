namespace Serverless.GraphQL.Benchmarks;

/// <summary>One line of the side-by-side table.</summary>
/// <param name="Operation">What the row measures, as printed.</param>
/// <param name="OurMethod">Our BenchmarkDotNet method.</param>
/// <param name="ReferenceOperation">The operation's key in the graphql-js results.</param>
/// <param name="BytesPerOperation">Input bytes per operation for an MB/s row; null for an ops/s row.</param>
internal sealed record ComparisonRow(string Operation, string OurMethod, string ReferenceOperation, long? BytesPerOperation)
{
    /// <summary>Throughput for a time per operation: MB/s (10^6 bytes) for parse rows, operations per second otherwise.</summary>
    public double Throughput(double nsPerOperation) =>
        BytesPerOperation is { } bytes ? bytes / (nsPerOperation / 1e9) / 1e6 : 1e9 / nsPerOperation;

    public string Unit => BytesPerOperation is null ? "ops/s" : "MB/s";
}
