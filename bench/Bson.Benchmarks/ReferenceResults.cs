using System.Globalization;
using System.Text.Json;

namespace Serverless.Bson.Benchmarks;

/// <summary>The Node js-bson reference run's results, as js/bench.mjs writes them.</summary>
internal sealed class ReferenceResults
{
    private readonly Dictionary<string, ReferenceOperation> _operations;

    private ReferenceResults(
        string library, string node, int documents, long totalBytes, string sha256, string? corpusPath,
        bool serializeInputsIdentical, Dictionary<string, ReferenceOperation> operations)
    {
        Library = library;
        Node = node;
        Documents = documents;
        TotalBytes = totalBytes;
        Sha256 = sha256;
        CorpusPath = corpusPath;
        SerializeInputsIdentical = serializeInputsIdentical;
        _operations = operations;
    }

    /// <summary>"bson@7.3.4".</summary>
    public string Library { get; }

    /// <summary>The Node version that ran it.</summary>
    public string Node { get; }

    public int Documents { get; }

    public long TotalBytes { get; }

    /// <summary>SHA-256 of js-bson's BSON for all documents concatenated.</summary>
    public string Sha256 { get; }

    /// <summary>js-bson's BSON for all documents concatenated, when the run wrote it; for finding a difference.</summary>
    public string? CorpusPath { get; }

    /// <summary>Whether the documents js-bson's serialize benchmarks encode give back the corpus byte for byte.</summary>
    public bool SerializeInputsIdentical { get; }

    public ReferenceOperation? Operation(string name) => _operations.GetValueOrDefault(name);

    public static ReferenceResults Load(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = json.RootElement;
        var operations = new Dictionary<string, ReferenceOperation>(StringComparer.Ordinal);
        foreach (var op in root.GetProperty("operations").EnumerateObject())
        {
            operations[op.Name] = new ReferenceOperation(
                op.Value.GetProperty("description").GetString() ?? op.Name,
                op.Value.GetProperty("mbPerSecond").GetDouble(),
                op.Value.GetProperty("bestMbPerSecond").GetDouble(),
                op.Value.GetProperty("nsPerPass").GetDouble(),
                op.Value.TryGetProperty("allocatedBytesPerDocument", out var alloc) && alloc.ValueKind == JsonValueKind.Number
                    ? alloc.GetDouble()
                    : null);
        }

        return new ReferenceResults(
            $"{root.GetProperty("library").GetString()}@{root.GetProperty("version").GetString()}",
            root.GetProperty("node").GetString() ?? "?",
            root.GetProperty("documents").GetInt32(),
            root.GetProperty("totalBytes").GetInt64(),
            root.GetProperty("sha256").GetString() ?? string.Empty,
            root.TryGetProperty("corpusPath", out var corpus) && corpus.ValueKind == JsonValueKind.String ? corpus.GetString() : null,
            root.GetProperty("serializeInputsIdentical").GetBoolean(),
            operations);
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Library} on Node {Node}: {Documents} docs, {TotalBytes} bytes");
}
