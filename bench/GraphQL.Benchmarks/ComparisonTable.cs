using System.Globalization;
using System.Text;

namespace Serverless.GraphQL.Benchmarks;

/// <summary>The side-by-side table: our engine against the graphql-js reference run, operation by operation.</summary>
internal static class ComparisonTable
{
    /// <summary>The goal: at least 2x graphql-js on each operation.</summary>
    public const double GoalRatio = 2.0;

    /// <summary>Markdown table; rows whose reference or own result is missing show n/a.</summary>
    public static string Render(IReadOnlyList<ComparisonRow> rows, IReadOnlyDictionary<string, OurResult> ours, ReferenceResults? reference)
    {
        var text = new StringBuilder();
        text.AppendLine("| operation | unit | ours | graphql-js | ratio (ours/js; >1 is faster) | goal 2x met? | ratio vs js's best batch | ratio best/best | ours alloc/op |");
        text.AppendLine("| --- | --- | ---: | ---: | ---: | :---: | ---: | ---: | ---: |");
        foreach (var row in rows)
        {
            var our = ours.GetValueOrDefault(row.OurMethod);
            var js = reference?.Operation(row.ReferenceOperation);
            double? ratio = our is not null && js is not null ? js.NsPerOperation / our.MeanNs : null;
            double? bestRatio = our is not null && js is not null ? js.BestNsPerOperation / our.MeanNs : null;
            double? bestBest = our is not null && js is not null ? js.BestNsPerOperation / our.MinNs : null;
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {row.Operation} | {row.Unit} | {Number(our is null ? null : row.Throughput(our.MeanNs))} | {Number(js is null ? null : row.Throughput(js.NsPerOperation))} | {Ratio(ratio)} | {Goal(ratio)} | {Ratio(bestRatio)} | {Ratio(bestBest)} | {Bytes(our?.AllocatedBytesPerOperation)} |");
        }

        return text.ToString();
    }

    /// <summary>Whether every row with both figures meets the goal; null when no row has both.</summary>
    public static bool? MeetsGoal(IReadOnlyList<ComparisonRow> rows, IReadOnlyDictionary<string, OurResult> ours, ReferenceResults? reference)
    {
        bool? all = null;
        foreach (var row in rows)
        {
            if (ours.GetValueOrDefault(row.OurMethod) is { } our && reference?.Operation(row.ReferenceOperation) is { } js)
            {
                all = (all ?? true) && js.NsPerOperation / our.MeanNs >= GoalRatio;
            }
        }

        return all;
    }

    private static string Goal(double? ratio) => ratio switch
    {
        null => "n/a",
        >= GoalRatio => "yes",
        _ => "**no**",
    };

    private static string Number(double? value) =>
        value is { } v ? v.ToString(v >= 1000 ? "N0" : "F1", CultureInfo.InvariantCulture) : "n/a";

    private static string Ratio(double? value) =>
        value is { } v ? v.ToString("F2", CultureInfo.InvariantCulture) : "n/a";

    private static string Bytes(long? value) =>
        value is { } v ? v.ToString("N0", CultureInfo.InvariantCulture) + " B" : "n/a";
}
