namespace Serverless.Load;

/// <summary>
/// One target at one client count: requests completed inside the measured window, those that were not 200 with
/// the expected body, the rate, nearest-rank latency percentiles, and the server's peak sampled VmRSS (KiB, null
/// when its pid is unknown) and the 1-minute load average when the window ended.
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
    string LoadAverage);
