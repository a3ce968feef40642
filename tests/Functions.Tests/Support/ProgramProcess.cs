using System.Diagnostics;
using System.Text;
using Serverless.TestSupport;

namespace Serverless.Functions.Tests.Support;

/// <summary>The real program (src/Functions' build output) as a child process, as a newcomer starts it.</summary>
public sealed class ProgramProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _errors = new();
    private readonly TaskCompletionSource<string> _endpoint = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ProgramProcess(Process process) => _process = process;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public string Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToString();
            }
        }
    }

    /// <summary>Starts <c>dotnet Serverless.Functions.dll args…</c> without MONGODB_URI (plus <paramref name="environment"/>).</summary>
    public static ProgramProcess Start(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(ProgramPath());
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("MONGODB_URI");
        start.Environment.Remove("ASPNETCORE_URLS");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start };
        var running = new ProgramProcess(process);
        process.OutputDataReceived += (_, e) => running.OnOutput(e.Data);
        process.ErrorDataReceived += (_, e) =>
        {
            lock (running._errors)
            {
                running._errors.AppendLine(e.Data);
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return running;
    }

    /// <summary>The "GraphQL endpoint: …" URL the program prints once it serves.</summary>
    public async Task<string> EndpointAsync(TimeSpan deadline)
    {
        using var timeout = new CancellationTokenSource(deadline);
        var exited = _process.WaitForExitAsync(timeout.Token);
        var first = await Task.WhenAny(_endpoint.Task, exited);
        return first == _endpoint.Task
            ? await _endpoint.Task
            : throw new InvalidOperationException($"the program did not print its endpoint. stdout:\n{Output}\nstderr:\n{Errors}");
    }

    public async Task<int> ExitCodeAsync(TimeSpan deadline)
    {
        using var timeout = new CancellationTokenSource(deadline);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }

        _process.Dispose();
    }

    private void OnOutput(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        const string marker = "GraphQL endpoint: ";
        if (line.StartsWith(marker, StringComparison.Ordinal))
        {
            _endpoint.TrySetResult(line[marker.Length..].Trim());
        }
    }

    // The build output of src/Functions in the configuration these tests were built in.
    private static string ProgramPath()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var path = Path.Combine(RepositoryLayout.RepositoryRoot, "src", "Functions", "bin", configuration, "net10.0", "Serverless.Functions.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("build src/Functions first", path);
    }
}
