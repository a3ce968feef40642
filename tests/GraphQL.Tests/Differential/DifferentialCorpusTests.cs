using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Serverless.GraphQL.Execution;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Tests.Execution;
using Serverless.GraphQL.Tests.Language;
using Serverless.GraphQL.Types;
using Serverless.GraphQL.Validation;
using Serverless.TestSupport;
using Xunit.Abstractions;

namespace Serverless.GraphQL.Tests.Differential;

/// <summary>
/// Acceptance check against graphql-js 17.1.0 (tests/Oracles/differential.mjs) over <see cref="DifferentialCorpus"/>:
/// every query must get the same validity verdict, error count and messages (part corpus-validate), and every valid one
/// the same response: data present or not, data in the same key order, and the same field errors by path and message
/// (part corpus-execute). Both engines run the same resolvers over the same data (Star Wars fixture, harness root JSON).
/// </summary>
public sealed class DifferentialCorpusTests(ITestOutputHelper output)
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [OracleSharedDataFact(StarWars.Folder)]
    public async Task Corpus_gets_the_same_verdicts_and_responses_as_graphql_js()
    {
        var cases = DifferentialCorpus.StarWars().Select(c => (Schema: DifferentialCorpus.StarWarsSchema, Case: c))
            .Concat(DifferentialCorpus.Harness().Select(c => (Schema: DifferentialCorpus.HarnessSchema, Case: c)))
            .ToList();
        cases.Count(c => c.Schema == DifferentialCorpus.StarWarsSchema).ShouldBeGreaterThanOrEqualTo(150);
        cases.Count(c => c.Schema == DifferentialCorpus.HarnessSchema).ShouldBeGreaterThanOrEqualTo(150);

        var json = await NodeOracle.RunAsync("differential.mjs", OracleInput(cases), CancellationToken.None);
        var theirs = JsonNode.Parse(json)!.AsArray().Select(ToAnswer).ToList();
        theirs.Count.ShouldBe(cases.Count);

        var validation = new SuiteReport("graphql-js-diff", "corpus-validate");
        var execution = new SuiteReport("graphql-js-diff", "corpus-execute");
        for (var i = 0; i < cases.Count; i++)
        {
            var (schemaName, item) = cases[i];
            var ours = await AnswerAsync(schemaName, item);
            var label = $"{schemaName}/{item.Name}";
            var shown = $"\n  query:      {item.Query}\n  variables:  {item.Variables ?? "(none)"}\n  operation:  {item.OperationName ?? "(none)"}";
            if (DifferentialCorpus.ValidationSkips.TryGetValue(label, out var skipReason))
            {
                validation.Skip(label, skipReason);
                continue;
            }

            if (!ours.Errors.SequenceEqual(theirs[i].Errors))
            {
                validation.Fail(label, $"{shown}\n  ours:       {ours}\n  graphql-js: {theirs[i]}");
                continue;
            }

            validation.Pass();
            if (ours.Result is null || theirs[i].Result is null)
            {
                continue;
            }

            if (DifferentialCorpus.ExecutionSkips.TryGetValue(label, out var reason))
            {
                execution.Skip(label, reason);
                continue;
            }

            if (ours.Result.SameAs(theirs[i].Result!))
            {
                execution.Pass();
            }
            else
            {
                execution.Fail(label, $"{shown}\n  ours:       {ours.Result}\n  graphql-js: {theirs[i].Result}");
            }
        }

        validation.Detail($"queries: {cases.Count(c => c.Schema == DifferentialCorpus.StarWarsSchema)} Star Wars, {cases.Count(c => c.Schema == DifferentialCorpus.HarnessSchema)} harness");
        output.WriteLine(validation.Publish());
        output.WriteLine(execution.Publish());
        (validation.Failed + execution.Failed).ShouldBe(0, string.Join("\n", validation.Failures.Concat(execution.Failures)));
    }

    private static async Task<CorpusAnswer> AnswerAsync(string schemaName, DifferentialCase item)
    {
        var (schema, root) = schemaName == DifferentialCorpus.StarWarsSchema
            ? (StarWars.Schema, null)
            : (HarnessExecution.Schema, (object?)HarnessExecution.RootValue);
        DocumentNode document;
        try
        {
            document = Parser.Parse(item.Query);
        }
        catch (GraphQLSyntaxException syntax)
        {
            return new CorpusAnswer([syntax.Message], null);
        }

        var errors = DocumentValidator.Validate(schema, document);
        if (errors.Count > 0)
        {
            return new CorpusAnswer([.. errors.Select(error => error.Message)], null);
        }

        using var variables = item.Variables is null ? null : JsonDocument.Parse(item.Variables);
        var result = await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = document,
            RootValue = root,
            OperationName = item.OperationName,
            Variables = variables?.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value, StringComparer.Ordinal),
        });
        var data = result.HasData ? JsonNode.Parse(result.ToJson())!["data"]?.ToJsonString(Relaxed) ?? "null" : null;
        var fieldErrors = result.Errors.Select(error => FormatError(error.Path is null ? null : JsonSerializer.Serialize(error.Path), error.Message));
        return new CorpusAnswer([], new ExecutionAnswer(result.HasData, data, [.. fieldErrors.Order(StringComparer.Ordinal)]));
    }

    private static CorpusAnswer ToAnswer(JsonNode? node)
    {
        var errors = node!["errors"]!.AsArray().Select(e => e!.GetValue<string>()).ToList();
        if (node["result"] is not JsonObject result)
        {
            return new CorpusAnswer(errors, null);
        }

        var hasData = result["hasData"]!.GetValue<bool>();
        var data = hasData ? JsonNode.Parse(result["data"]!.GetValue<string>())?.ToJsonString(Relaxed) ?? "null" : null;
        var fieldErrors = result["errors"]!.AsArray()
            .Select(e => FormatError(e!["path"]?.ToJsonString(), e["message"]!.GetValue<string>()));
        return new CorpusAnswer(errors, new ExecutionAnswer(hasData, data, [.. fieldErrors.Order(StringComparer.Ordinal)]));
    }

    private static string FormatError(string? path, string message) => $"{path ?? "(no path)"} {message}";

    /// <summary>The oracle's stdin; variables go in as their raw JSON text so both sides parse the very same numbers.</summary>
    private static string OracleInput(IReadOnlyList<(string Schema, DifferentialCase Case)> cases)
    {
        var folder = RepositoryLayout.Shared(StarWars.Folder);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartObject(DifferentialCorpus.StarWarsSchema);
            writer.WriteString("sdl", File.ReadAllText(Path.Combine(folder, "starWarsSchema.graphql")));
            writer.WritePropertyName("data");
            writer.WriteRawValue(File.ReadAllText(Path.Combine(folder, "starWarsData.json")));
            writer.WriteEndObject();
            writer.WriteStartObject(DifferentialCorpus.HarnessSchema);
            writer.WriteString("sdl", HarnessExecution.Sdl);
            writer.WritePropertyName("root");
            writer.WriteRawValue(HarnessExecution.RootJson);
            writer.WriteEndObject();
            writer.WriteStartArray("cases");
            foreach (var (schema, item) in cases)
            {
                writer.WriteStartObject();
                writer.WriteString("schema", schema);
                writer.WriteString("query", item.Query);
                writer.WritePropertyName("variables");
                if (item.Variables is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    writer.WriteRawValue(item.Variables);
                }

                writer.WriteString("operationName", item.OperationName);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
