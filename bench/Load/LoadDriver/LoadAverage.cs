namespace Serverless.Load;

/// <summary>The machine's load averages (1, 5, 15 minutes) from /proc/loadavg, to print beside the figures.</summary>
internal static class LoadAverage
{
    public static string Read() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
