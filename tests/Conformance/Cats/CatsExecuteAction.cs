using System.Text.Json.Nodes;
using Serverless.GraphQL.Execution;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Validation;

namespace Serverless.Conformance.Tests.Cats;

/// <summary>
/// cats <c>execute</c>: optionally validate with all rules (<c>validate-query</c>, default true; errors refuse the
/// request), then execute with <c>operation-name</c>, <c>variables</c> and the <c>test-value</c> entry as root value.
/// </summary>
public sealed class CatsExecuteAction(JsonObject options) : ICatsAction
{
    // The cats list helpers drop failed items (Sangria semantics); spec §6.4.4 "Handling Execution Errors" instead
    // nulls the failed item and reports the error at the item's path, so these expectations cannot hold for a spec engine.
    private static readonly string[] SangriaListHelpers = ["@resolveErrorList", "@resolvePromiseRejectList"];

    public async Task<CatsOutcome> RunAsync(CatsGiven given, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(given);
        var sdl = given.Schema ?? throw new InvalidOperationException("execute needs a schema");
        if (SangriaListHelpers.FirstOrDefault(helper => sdl.Contains(helper, StringComparison.Ordinal)) is { } helper)
        {
            return CatsOutcome.Skipped(
                $"expectation outdated: {helper} expects failed list items to be dropped; spec §6.4.4 (Handling Execution Errors) " +
                "nulls the item and reports the error at the item path");
        }

        var testData = new CatsTestData(given.TestData);
        var schema = CatsSchemaFactory.Build(sdl, testData);
        var document = Parser.Parse(given.Query);
        if (options["validate-query"]?.GetValue<bool>() ?? true)
        {
            var errors = DocumentValidator.Validate(schema, document);
            if (errors.Count > 0)
            {
                return new CatsOutcome(false, [.. errors.Select(CatsValidateAction.ToCats)], false, null);
            }
        }

        var request = new ExecutionRequest
        {
            Schema = schema,
            Document = document,
            OperationName = options["operation-name"]?.GetValue<string>(),
            Variables = options["variables"] is JsonObject variables ? ToVariables(variables) : null,
            RootValue = options["test-value"]?.GetValue<string>() is { } root ? testData.Get(root) : null,
            CancellationToken = cancellationToken,
        };
        var result = IsSubscription(document, request.OperationName)
            ? await FirstEventAsync(request, cancellationToken).ConfigureAwait(false)
            : await Executor.ExecuteAsync(request).ConfigureAwait(false);

        var json = JsonNode.Parse(result.ToJson())!.AsObject();
        return new CatsOutcome(
            false,
            [.. result.Errors.Select(e => new CatsError(e.Message, [.. e.Locations.Select(l => (l.Line, l.Column))]))],
            result.HasData,
            json["data"]);
    }

    // Only an unambiguous subscription goes to SubscribeAsync; operation-selection errors stay ExecuteAsync's to report.
    private static bool IsSubscription(DocumentNode document, string? operationName)
    {
        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        var selected = operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(operation => operation.Name?.Value == operationName);
        return selected?.Operation == OperationType.Subscription;
    }

    // cats expects one response: the response to the single event of the source stream (see CatsResolver).
    private static async Task<ExecutionResult> FirstEventAsync(ExecutionRequest request, CancellationToken cancellationToken)
    {
        await foreach (var result in Executor.SubscribeAsync(request).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            return result;
        }

        throw new InvalidOperationException("the subscription produced no response for its single event");
    }

    // Variables travel as JSON, the executor's external input form (JsonElement is accepted anywhere).
    private static Dictionary<string, object?> ToVariables(JsonObject variables) =>
        System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, System.Text.Json.JsonElement>>(variables.ToJsonString())!
            .ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal);
}
