namespace Serverless.Bson.Benchmarks;

/// <summary>One BenchmarkDotNet result reduced to the figures compared against the reference.</summary>
/// <param name="Method">The benchmark method's name.</param>
/// <param name="MeanNs">Mean time of one pass over the corpus, in nanoseconds.</param>
/// <param name="MBPerSecond">Total BSON bytes of the corpus over the mean time, in MB/s (10^6 bytes per second).</param>
/// <param name="AllocatedBytesPerDocument">Managed bytes allocated per pass divided by the document count, or null.</param>
internal sealed record OurResult(string Method, double MeanNs, double MBPerSecond, double? AllocatedBytesPerDocument);
