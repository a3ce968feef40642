using System.Globalization;
using System.Text;

namespace Serverless.Core.Benchmarks;

/// <summary>The side-by-side table of batching on and off, as markdown (printed and saved under bench/artifacts).</summary>
internal static class ComparisonTable
{
    public static string Render(IReadOnlyList<RequestRow> rows, string environment)
    {
        var table = new StringBuilder();
        table.AppendLine("## Core end to end: MFlix requests with batching on (default) and off");
        table.AppendLine();
        table.AppendLine(environment);
        table.AppendLine();
        table.AppendLine("| request | commands/request on / off | requests/s on / off | ratio on/off (req/s) | p50 on / off (µs) | p50 ratio off/on | p99 on / off (µs) | CPU ms/request on / off |");
        table.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var row in rows)
        {
            table.AppendLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {row.Name} | {row.CommandsOn} / {row.CommandsOff} | {row.On.OpsPerSec:N0} / {row.Off.OpsPerSec:N0} | **{row.On.OpsPerSec / row.Off.OpsPerSec:0.00}** | {row.On.P50Us:N0} / {row.Off.P50Us:N0} | {row.Off.P50Us / row.On.P50Us:0.00} | {row.On.P99Us:N0} / {row.Off.P99Us:N0} | {row.CpuMsOn:0.000} / {row.CpuMsOff:0.000} |"));
        }

        table.AppendLine();
        foreach (var row in rows)
        {
            table.AppendLine(string.Create(
                CultureInfo.InvariantCulture,
                $"- {row.Name}: {row.Description}; {row.ResponseBytes:N0} bytes of response JSON, the same both ways; Core's MongoCommandCount {row.ReportedOn} / {row.ReportedOff}."));
        }

        return table.ToString();
    }
}
