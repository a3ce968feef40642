using System.Text.Json;

namespace Serverless.Mongo.Benchmarks;

/// <summary>The Node driver's reference run, as js/bench.mjs writes it.</summary>
internal sealed class ReferenceResults
{
    private readonly Dictionary<string, Measurement> _operations;

    private ReferenceResults(string library, string node, Dictionary<string, Measurement> operations)
    {
        Library = library;
        Node = node;
        _operations = operations;
    }

    /// <summary>"mongodb@7.9.0".</summary>
    public string Library { get; }

    public string Node { get; }

    public Measurement? Operation(string name) => _operations.GetValueOrDefault(name);

    public static ReferenceResults Load(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = json.RootElement;
        var operations = new Dictionary<string, Measurement>(StringComparer.Ordinal);
        foreach (var op in root.GetProperty("operations").EnumerateObject())
        {
            operations[op.Name] = new Measurement(
                op.Value.GetProperty("p50Us").GetDouble(),
                op.Value.GetProperty("p99Us").GetDouble(),
                op.Value.GetProperty("samples").GetInt32(),
                op.Value.GetProperty("opsPerSec").GetDouble());
        }

        return new ReferenceResults($"{root.GetProperty("library").GetString()}@{root.GetProperty("version").GetString()}", root.GetProperty("node").GetString() ?? "?", operations);
    }

    public override string ToString() => $"{Library} on Node {Node}";
}
