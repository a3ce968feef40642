using System.Diagnostics;

namespace Serverless.TimeLimit.Benchmarks;

/// <summary>A process this benchmark started (the embedded server, the Functions service); disposing kills it and its children.</summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private int _disposed;

    private ChildProcess(Process process) => _process = process;

    public static ChildProcess Start(string dll, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, string workingDirectory)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start dotnet {dll}");
        return new ChildProcess(process);
    }

    /// <summary>The first line the process writes to stdout (the embedded server prints its connection string).</summary>
    public async Task<string> FirstLineAsync(CancellationToken cancellationToken) =>
        await _process.StandardOutput.ReadLineAsync(cancellationToken).ConfigureAwait(false)
        ?? throw new InvalidOperationException($"the process exited ({await _process.StandardError.ReadToEndAsync(cancellationToken).ConfigureAwait(false)})");

    /// <summary>Reads stdout and stderr to the end in the background so that a chatty process never blocks on a full pipe.</summary>
    public Task DrainAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(_process.StandardOutput.BaseStream.CopyToAsync(Stream.Null, cancellationToken), _process.StandardError.BaseStream.CopyToAsync(Stream.Null, cancellationToken));

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync().ConfigureAwait(false);
        _process.Dispose();
    }
}
