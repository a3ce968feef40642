using System.Text.Json;

namespace Serverless.GraphQL.Benchmarks;

/// <summary>The graphql-js reference run's results, as js/bench.mjs writes them.</summary>
internal sealed class ReferenceResults
{
    private readonly Dictionary<string, ReferenceOperation> _operations;

    private ReferenceResults(string library, string node, string executionSha256, int executionLength, Dictionary<string, ReferenceOperation> operations)
    {
        Library = library;
        Node = node;
        ExecutionSha256 = executionSha256;
        ExecutionLength = executionLength;
        _operations = operations;
    }

    /// <summary>"graphql@17.1.0".</summary>
    public string Library { get; }

    /// <summary>The Node version that ran it.</summary>
    public string Node { get; }

    /// <summary>SHA-256 (hex) of JSON.stringify of graphql-js's execution result.</summary>
    public string ExecutionSha256 { get; }

    /// <summary>UTF-8 length of that JSON.</summary>
    public int ExecutionLength { get; }

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
                op.Value.GetProperty("nsPerOp").GetDouble(),
                op.Value.GetProperty("minNsPerOp").GetDouble());
        }

        return new ReferenceResults(
            $"{root.GetProperty("library").GetString()}@{root.GetProperty("version").GetString()}",
            root.GetProperty("node").GetString() ?? "?",
            root.GetProperty("executionSha256").GetString() ?? string.Empty,
            root.GetProperty("executionLength").GetInt32(),
            operations);
    }

    public override string ToString() => $"{Library} on Node {Node}";
}
