namespace Serverless.Mongo.Benchmarks;

/// <summary>One operation's figures: sequential latency percentiles (microseconds) and, if measured, throughput.</summary>
internal sealed record Measurement(double P50Us, double P99Us, int Samples, double? OpsPerSec = null);
