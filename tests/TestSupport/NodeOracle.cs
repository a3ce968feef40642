using System.Diagnostics;
using System.Text;

namespace Serverless.TestSupport;

/// <summary>
/// Runs a Node script of tests/Oracles (graphql-js, the official MongoDB driver, graphql-http), feeding it
/// stdin and returning its stdout. The packages are installed by the README test command (npm ci).
/// </summary>
public static class NodeOracle
{
    /// <summary>The tests/Oracles folder.</summary>
    public static string Directory => Path.Combine(RepositoryLayout.RepositoryRoot, "tests", "Oracles");

    /// <summary>Why oracle tests must skip (no node, or packages not installed), or null when they can run.</summary>
    /// <exception cref="InvalidOperationException">Under CI=true, when the oracles are unavailable.</exception>
    public static string? SkipReason()
    {
        string? reason = null;
        if (!System.IO.Directory.Exists(Path.Combine(Directory, "node_modules")))
        {
            reason = $"npm packages not installed in {Directory} (run ./test.sh, or npm ci there)";
        }
        else if (FindNode() is null)
        {
            reason = "node is not on PATH";
        }

        if (reason is not null && RepositoryLayout.IsCi)
        {
            throw new InvalidOperationException("CI=true and " + reason);
        }

        return reason;
    }

    /// <summary>Runs <c>node script args…</c> in tests/Oracles; a non-zero exit raises with its stderr.</summary>
    public static async Task<string> RunAsync(string script, string stdin, CancellationToken cancellationToken, params string[] args)
    {
        var node = FindNode() ?? throw new InvalidOperationException("node is not on PATH");
        var start = new ProcessStartInfo(node)
        {
            WorkingDirectory = Directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(script);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start node {script}");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.StandardInput.WriteAsync(stdin.AsMemory(), cancellationToken).ConfigureAwait(false);
        process.StandardInput.Close();
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var output = await stdout.ConfigureAwait(false);
        var errors = await stderr.ConfigureAwait(false);
        return process.ExitCode == 0
            ? output
            : throw new InvalidOperationException($"node {script} exited with {process.ExitCode}: {errors}");
    }

    private static string? FindNode() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "node"))
            .FirstOrDefault(File.Exists);
}
