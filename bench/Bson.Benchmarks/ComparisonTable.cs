using System.Globalization;
using System.Text;

namespace Serverless.Bson.Benchmarks;

/// <summary>The side-by-side table: our codec against the js-bson reference run, operation by operation.</summary>
internal static class ComparisonTable
{
    /// <summary>The team's goal: within 1.5x of js-bson, i.e. ours/js at least 1/1.5.</summary>
    public const double GoalRatio = 1 / 1.5;

    private static readonly (string Operation, string OurMethod, string ReferenceOperation)[] Rows =
    [
        ("decode", nameof(BsonCodecBenchmarks.Decode), "deserialize"),
        ("encode -> byte[]", nameof(BsonCodecBenchmarks.EncodeToArray), "serialize"),
        ("encode -> reused buffer", nameof(BsonCodecBenchmarks.EncodeToBufferWriter), "serializeIntoBuffer"),

        // js-bson given its EJSON.parse tree, every number an Int32/Double object: sometimes faster than plain numbers.
        ("encode -> byte[] (js: wrapped numbers)", nameof(BsonCodecBenchmarks.EncodeToArray), "serializeTyped"),
    ];

    /// <summary>Markdown table; rows whose reference or own result is missing show n/a.</summary>
    public static string Render(IReadOnlyDictionary<string, OurResult> ours, ReferenceResults? reference)
    {
        var text = new StringBuilder();
        text.AppendLine("| operation | ours MB/s | js-bson MB/s | ratio (ours/js; >1 is faster) | goal (>= 0.67) | ratio vs js-bson's best batch | ours alloc/doc | js-bson alloc/doc (approx.) |");
        text.AppendLine("| --- | ---: | ---: | ---: | :---: | ---: | ---: | ---: |");
        foreach (var (operation, ourMethod, referenceOperation) in Rows)
        {
            var our = ours.GetValueOrDefault(ourMethod);
            var js = reference?.Operation(referenceOperation);
            double? ratio = our is not null && js is not null && js.MBPerSecond > 0 ? our.MBPerSecond / js.MBPerSecond : null;
            double? bestRatio = our is not null && js is not null && js.BestMBPerSecond > 0 ? our.MBPerSecond / js.BestMBPerSecond : null;
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {operation} | {Number(our?.MBPerSecond, "F1")} | {Number(js?.MBPerSecond, "F1")} | {Number(ratio, "F2")} | {Goal(ratio)} | {Number(bestRatio, "F2")} | {Bytes(our?.AllocatedBytesPerDocument)} | {Bytes(js?.AllocatedBytesPerDocument)} |");
        }

        return text.ToString();
    }

    /// <summary>Whether every row with both figures meets the goal; null when no row has both.</summary>
    public static bool? MeetsGoal(IReadOnlyDictionary<string, OurResult> ours, ReferenceResults? reference)
    {
        bool? all = null;
        foreach (var (_, ourMethod, referenceOperation) in Rows)
        {
            if (ours.GetValueOrDefault(ourMethod) is { } our && reference?.Operation(referenceOperation) is { MBPerSecond: > 0 } js)
            {
                all = (all ?? true) && our.MBPerSecond / js.MBPerSecond >= GoalRatio;
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

    private static string Number(double? value, string format) =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "n/a";

    private static string Bytes(double? value) =>
        value is { } v ? v.ToString("N0", CultureInfo.InvariantCulture) + " B" : "n/a";
}
