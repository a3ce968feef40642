namespace Serverless.Load;

/// <summary>
/// One target at one client count: requests completed inside the measured window, those that were not 200 with
/// the expected body, the rate, nearest-rank latency percentiles, the server's peak sampled VmRSS (KiB), the CPU
/// milliseconds per counted request of the server and of the shared MongoDB during the window (null when a pid is
/// unknown) and the load averages when the window ended.
/// </summary>
internal sealed record CellResult(
    LoadTarget Target,
    int Clients,
    long Requests,
    long Failures,
    double RequestsPerSecond,
    double P50Ms,
    double P99Ms,
    long? PeakRssKb,
    double? ServerCpuMsPerRequest,
    double? MongoCpuMsPerRequest,
    string LoadAverage);
