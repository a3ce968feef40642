namespace Serverless.GraphQL.Benchmarks;

/// <summary>One BenchmarkDotNet result reduced to the figures compared against graphql-js.</summary>
/// <param name="Method">The benchmark method's name.</param>
/// <param name="MeanNs">Mean time of one operation, in nanoseconds.</param>
/// <param name="MinNs">Fastest measured iteration's time per operation, in nanoseconds.</param>
/// <param name="AllocatedBytesPerOperation">Managed bytes allocated per operation, or null.</param>
internal sealed record OurResult(string Method, double MeanNs, double MinNs, long? AllocatedBytesPerOperation);
