using System.Globalization;

namespace Serverless.Load;

/// <summary>
/// A server's resident memory from /proc/&lt;pid&gt;/status (proc(5)): VmRSS now, VmHWM the peak since it started.
/// Sampling VmRSS while a cell runs gives that cell's peak; VmHWM only ever grows, so it is read once at the end.
/// </summary>
internal sealed class ProcessMemory(int processId) : IAsyncDisposable
{
    private static readonly TimeSpan SampleInterval = TimeSpan.FromMilliseconds(100);

    private readonly CancellationTokenSource stop = new();
    private Task? sampling;
    private long peakKb;

    /// <summary>The highest VmRSS seen since <see cref="Start"/>, in KiB (0 if the process could not be read).</summary>
    public long PeakKb => Interlocked.Read(ref this.peakKb);

    /// <summary>Reads one field (kB) of /proc/&lt;pid&gt;/status, or null when the process or the field is gone.</summary>
    public static long? ReadKb(int processId, string field)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines($"/proc/{processId}/status");
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        var line = lines.FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return line is null ? null : long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }

    /// <summary>Starts sampling VmRSS every 100 ms until disposed.</summary>
    public void Start() => this.sampling = this.SampleAsync(this.stop.Token);

    public async ValueTask DisposeAsync()
    {
        await this.stop.CancelAsync().ConfigureAwait(false);
        if (this.sampling is not null)
        {
            await this.sampling.ConfigureAwait(false);
        }

        this.stop.Dispose();
    }

    private async Task SampleAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(SampleInterval);
        do
        {
            if (ReadKb(processId, "VmRSS") is { } kb && kb > this.PeakKb)
            {
                Interlocked.Exchange(ref this.peakKb, kb);
            }
        }
        while (await WaitAsync(timer, cancellationToken).ConfigureAwait(false));
    }

    // Stopping is the normal end of sampling, not a failure: false ends the loop instead of throwing.
    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken cancellationToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
