using Serverless.Bson;
using Serverless.Core.Batching;
using Serverless.Core.Definitions;
using Serverless.Core.Execution;
using Serverless.GraphQL.Documents;
using Serverless.GraphQL.Execution;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;
using Serverless.Mongo;

namespace Serverless.Core.Compilation;

/// <summary>
/// An executable app: immutable, shared by concurrent requests. Each request gets its own loaders, rootDoc per
/// path, budget and command count (§4); the document cache is the schema's own.
/// </summary>
public sealed class CompiledApp
{
    private readonly MongoClient _client;
    private readonly CoreOptions _options;
    private readonly DocumentCache _documents;

    internal CompiledApp(MongoClient client, CoreOptions options, AppDefinition definition, Schema schema, string version)
    {
        _client = client;
        _options = options;
        Definition = definition;
        Schema = schema;
        Version = version;
        Uri = definition.Descriptor.Uri ?? definition.Id?.ToString() ?? string.Empty;
        _documents = DocumentCache.For(schema);
    }

    /// <summary>The normalised descriptor uri (or the _id).</summary>
    public string Uri { get; }

    public bool Enabled => Definition.Descriptor.Enabled;

    /// <summary><see cref="AppCompiler.VersionOf"/> of the definition document.</summary>
    public string Version { get; }

    public AppDefinition Definition { get; }

    public Schema Schema { get; }

    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> (the caller's) was cancelled.</exception>
    public async Task<AppExecutionResult> ExecuteAsync(AppRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var document = _documents.GetOrAdd(request.Query);
        if (!document.IsValid || document.Document is null)
        {
            var classification = document.SyntaxError is not null ? ErrorClassification.InvalidSyntax : ErrorClassification.ValidationError;
            return new AppExecutionResult(
                AppOutcome.RequestError,
                ExecutionResult.FromRequestErrors([.. document.Errors.Select(error => ErrorClassification.Classify(error, classification))]),
                0);
        }

        if (request.QueriesOnly && SelectedOperation(document.Document, request.OperationName) is { } operation && operation != OperationType.Query)
        {
            var message = $"{operation} operations are not allowed with this request method; only queries are.";
            return new AppExecutionResult(
                AppOutcome.OperationNotAllowed,
                ExecutionResult.FromRequestErrors([ErrorClassification.Classify(new GraphQLError(message), ErrorClassification.ValidationError)]),
                0);
        }

        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (_options.QueryTimeLimit > TimeSpan.Zero)
        {
            budget.CancelAfter(_options.QueryTimeLimit);
        }

        var context = new RequestContext(_client, request.User, _options.QueryTimeLimit, budget.Token);
        ExecutionResult result;
        try
        {
            result = await Executor.ExecuteAsync(new ExecutionRequest
            {
                Schema = Schema,
                Document = document.Document,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Services = context,
                CancellationToken = budget.Token,
                ErrorFilter = (error, exception) => ErrorClassification.FilterFieldError(error, exception, context),
            }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && budget.IsCancellationRequested)
        {
            return TimeLimitExceeded(context);
        }

        if (context.TimedOut)
        {
            return TimeLimitExceeded(context);
        }

        if (context.ConnectivityError is { } connectivity)
        {
            return new AppExecutionResult(
                AppOutcome.DatabaseUnavailable,
                ExecutionResult.FromRequestErrors([ErrorClassification.Aborted($"Unable to establish a connection to the database: {connectivity}")]),
                context.MongoCommandCount);
        }

        var errors = result.HasData ? result.Errors : [.. result.Errors.Select(error => ErrorClassification.Classify(error, ErrorClassification.ValidationError))];
        var extensions = _options.Verbose ? VerboseExtensions(context) : result.Extensions;
        return new AppExecutionResult(
            result.HasData ? AppOutcome.Completed : AppOutcome.RequestError,
            new ExecutionResult(result.Data, result.HasData, errors, extensions),
            context.MongoCommandCount);
    }

    private AppExecutionResult TimeLimitExceeded(RequestContext context) => new(
        AppOutcome.TimeLimitExceeded,
        ExecutionResult.FromRequestErrors([ErrorClassification.Aborted($"Maximum query time limit of {(long)_options.QueryTimeLimit.TotalMilliseconds}ms exceeded")]),
        context.MongoCommandCount);

    // §9.5: the sum over the explicitly configured query loaders, in RESTHeart's key order.
    private static Dictionary<string, object?> VerboseExtensions(RequestContext context) => new(StringComparer.Ordinal)
    {
        ["dataloader"] = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["overall-statistics"] = VerboseStatistics.ToOverallStatistics(context.ReportedStatistics()),
        },
    };

    // §6.1 GetOperation, only to learn the operation type; selection errors are left to the executor to report.
    private static OperationType? SelectedOperation(DocumentNode document, string? operationName)
    {
        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        var selected = operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(operation => operation.Name?.Value == operationName);
        return selected?.Operation;
    }
}
