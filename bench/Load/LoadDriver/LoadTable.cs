using System.Globalization;
using System.Text;

namespace Serverless.Load;

/// <summary>
/// The Markdown table: one row per client count, every target's figure side by side per metric, then the ratio of
/// the first target to the second (ours/reference). Throughput ratio above 1 and latency ratios below 1 favour the
/// first target.
/// </summary>
internal static class LoadTable
{
    public static string Render(IReadOnlyList<LoadTarget> targets, IReadOnlyList<CellResult> cells)
    {
        var ratio = targets.Count >= 2 ? $"{targets[0].Name}/{targets[1].Name}" : null;
        var header = new List<string> { "clients" };
        AddHeaders(header, targets, "req/s", ratio, "higher is better");
        AddHeaders(header, targets, "p50 ms", ratio, "lower is better");
        AddHeaders(header, targets, "p99 ms", ratio, "lower is better");
        AddHeaders(header, targets, "peak RSS MiB", ratio, null);
        AddHeaders(header, targets, "server CPU ms/req", ratio, null);
        header.AddRange(targets.Select(t => $"MongoDB CPU ms/req ({t.Name})"));
        header.Add("failed requests");
        header.Add("load avg (1/5/15 min) after");

        var text = new StringBuilder();
        text.AppendLine("| " + string.Join(" | ", header) + " |");
        text.AppendLine("| --- |" + string.Concat(Enumerable.Repeat(" ---: |", header.Count - 2)) + " --- |");
        foreach (var clients in cells.Select(c => c.Clients).Distinct())
        {
            var row = targets.Select(t => cells.Single(c => c.Clients == clients && c.Target == t)).ToArray();
            var columns = new List<string> { clients.ToString(CultureInfo.InvariantCulture) };
            AddValues(columns, row.Select(c => (double?)c.RequestsPerSecond), "F0");
            AddValues(columns, row.Select(c => (double?)c.P50Ms), "F2");
            AddValues(columns, row.Select(c => (double?)c.P99Ms), "F2");
            AddValues(columns, row.Select(c => c.PeakRssKb / 1024.0), "F0");
            AddValues(columns, row.Select(c => c.ServerCpuMsPerRequest), "F2");
            columns.AddRange(row.Select(c => c.MongoCpuMsPerRequest is { } ms ? ms.ToString("F2", CultureInfo.InvariantCulture) : "n/a"));
            columns.Add(string.Join(" / ", row.Select(c => c.Failures.ToString(CultureInfo.InvariantCulture))));
            columns.Add(row[^1].LoadAverage);
            text.AppendLine("| " + string.Join(" | ", columns) + " |");
        }

        return text.ToString();
    }

    private static void AddHeaders(List<string> header, IReadOnlyList<LoadTarget> targets, string metric, string? ratio, string? direction)
    {
        header.AddRange(targets.Select(t => $"{t.Name} {metric}"));
        if (ratio is not null)
        {
            header.Add(direction is null ? $"{metric.Split(' ')[0]} {ratio}" : $"{metric.Split(' ')[0]} {ratio} ({direction})");
        }
    }

    private static void AddValues(List<string> columns, IEnumerable<double?> values, string format)
    {
        var list = values.ToList();
        columns.AddRange(list.Select(v => v is { } x && !double.IsNaN(x) ? x.ToString(format, CultureInfo.InvariantCulture) : "n/a"));
        if (list.Count >= 2)
        {
            columns.Add(list[0] is { } a && list[1] is { } b && b > 0 && !double.IsNaN(a) ? (a / b).ToString("F2", CultureInfo.InvariantCulture) + "x" : "n/a");
        }
    }
}
