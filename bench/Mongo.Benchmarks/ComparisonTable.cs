using System.Globalization;
using System.Text;

namespace Serverless.Mongo.Benchmarks;

/// <summary>The two Markdown tables: our client against the Node driver, and indexed against scanned finds.</summary>
internal static class ComparisonTable
{
    /// <summary>
    /// One row per operation, every ratio ours/node: for latency a ratio of times (below 1: we answer faster), for
    /// throughput a ratio of rates (above 1: we do more operations per second).
    /// </summary>
    public static string RenderDrivers(IReadOnlyList<(string Name, string Description, Measurement Ours)> rows, ReferenceResults? reference)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"| operation | ours p50 us | node p50 us | p50 ours/node (lower is better) | ours p99 us | node p99 us | p99 ours/node | ours ops/s ({LoadPlan.Workers} workers) | node ops/s | throughput ours/node (higher is better) |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (name, description, ours) in rows)
        {
            var node = reference?.Operation(name);
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {description} | {ours.P50Us:F1} | {Format(node?.P50Us, "F1")} | {Ratio(ours.P50Us, node?.P50Us)} | {ours.P99Us:F1} | {Format(node?.P99Us, "F1")} | {Ratio(ours.P99Us, node?.P99Us)} | {ours.OpsPerSec:F0} | {Format(node?.OpsPerSec, "F0")} | {Ratio(ours.OpsPerSec, node?.OpsPerSec)} |");
        }

        return text.ToString();
    }

    /// <summary>One row per filter: sequential latency without and with the index, and the p50 speedup.</summary>
    public static string RenderIndexes(IReadOnlyList<(string Query, long Matches, Measurement Scan, Measurement Index)> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("| query (sample_mflix, 1,000 movies) | matches | full scan p50 us | index p50 us | speedup p50 | full scan p99 us | index p99 us |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (query, matches, scan, index) in rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {query} | {matches} | {scan.P50Us:F1} | {index.P50Us:F1} | {Ratio(scan.P50Us, index.P50Us)} | {scan.P99Us:F1} | {index.P99Us:F1} |");
        }

        return text.ToString();
    }

    private static string Format(double? value, string format) =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "n/a";

    private static string Ratio(double? numerator, double? denominator) =>
        numerator is { } n && denominator is { } d && d > 0 ? (n / d).ToString("F2", CultureInfo.InvariantCulture) + "x" : "n/a";
}
