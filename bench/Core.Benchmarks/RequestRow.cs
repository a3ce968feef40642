using Serverless.Mongo.Benchmarks;

namespace Serverless.Core.Benchmarks;

/// <summary>
/// One request measured both ways: MongoDB commands per request (as the client saw them, and as Core reported
/// in <c>MongoCommandCount</c>), sequential latency and throughput, and process CPU milliseconds per request, batching on and off.
/// </summary>
internal sealed record RequestRow(
    string Name,
    string Description,
    int ResponseBytes,
    long CommandsOn,
    long ReportedOn,
    long CommandsOff,
    long ReportedOff,
    Measurement On,
    Measurement Off,
    double CpuMsOn,
    double CpuMsOff);
