using System.Globalization;

namespace Serverless.Load;

/// <summary>
/// CPU time a process has used, user plus system, from /proc/&lt;pid&gt;/stat fields 14 and 15 (proc(5)), in clock
/// ticks of 10 ms (USER_HZ is 100 on Linux). On a shared machine the CPU a server spends per request is steadier than
/// its requests/s, which depend on what else runs.
/// </summary>
internal static class ProcessCpu
{
    private const double MillisecondsPerTick = 10;

    /// <summary>The process's CPU time so far in milliseconds, or null when it cannot be read.</summary>
    public static double? ReadMs(int processId)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{processId}/stat");
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        // The command name (field 2) is in parentheses and may hold spaces: count fields after the last ')'.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) * MillisecondsPerTick;
    }
}
