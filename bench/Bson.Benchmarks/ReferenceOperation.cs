namespace Serverless.Bson.Benchmarks;

/// <summary>One operation measured by the Node reference run.</summary>
/// <param name="Description">What was timed, e.g. "BSON.deserialize(buffer)".</param>
/// <param name="MBPerSecond">Throughput in MB/s (10^6 bytes of BSON per second).</param>
/// <param name="BestMBPerSecond">Throughput of its fastest batch, in MB/s.</param>
/// <param name="NsPerPass">Median time for one pass over all documents, in nanoseconds.</param>
/// <param name="AllocatedBytesPerDocument">Approximate heap + ArrayBuffer bytes allocated per document, or null.</param>
internal sealed record ReferenceOperation(string Description, double MBPerSecond, double BestMBPerSecond, double NsPerPass, double? AllocatedBytesPerDocument);
