using Serverless.GraphQL.Documents;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Execution;

/// <summary>An operation ready to run: selected (§6.1 GetOperation), variables coerced (§6.1.2), root plan built.</summary>
internal sealed record PreparedOperation(
    OperationDefinitionNode Operation,
    ObjectType RootType,
    IReadOnlyDictionary<string, object?> Variables,
    SelectionPlanner Planner,
    SelectionPlan RootPlan)
{
    /// <summary>The prepared operation, or null with the request error result (§7.1.1: errors, no data).</summary>
    /// <exception cref="ArgumentException">The request gives neither or both of a document and query text, or a cache of another schema.</exception>
    public static PreparedOperation? Prepare(ExecutionRequest request, out ExecutionResult? failure)
    {
        failure = null;
        var (document, plans) = ResolveDocument(request, out var documentErrors);
        if (document is null)
        {
            // The cached errors themselves: every request with this text answers with the same error list.
            failure = ExecutionResult.FromRequestErrors(documentErrors!);
            return null;
        }

        var operation = OperationSelector.Select(document, request.OperationName, out var selectionError);
        if (operation is null)
        {
            failure = ExecutionResult.FromRequestErrors([selectionError!]);
            return null;
        }

        var rootType = request.Schema.GetRootType(operation.Operation);
        if (rootType is null)
        {
            failure = ExecutionResult.FromRequestErrors([new GraphQLError($"Schema is not configured to execute {Keyword(operation.Operation)} operation.", ErrorLocations.Of([operation]))]);
            return null;
        }

        var variableErrors = new List<GraphQLError>();
        var variables = VariableCoercer.Coerce(request.Schema, operation, request.Variables, variableErrors);
        if (variableErrors.Count > 0)
        {
            failure = ExecutionResult.FromRequestErrors(variableErrors);
            return null;
        }

        var (planner, rootPlan) = plans.Get(request.Schema, operation, rootType);
        return new PreparedOperation(operation, rootType, variables, planner, rootPlan);
    }

    private static (DocumentNode? Document, DocumentPlans Plans) ResolveDocument(ExecutionRequest request, out IReadOnlyList<GraphQLError>? errors)
    {
        errors = null;
        if (request.Query is null)
        {
            var document = request.Document ?? throw new ArgumentException("The request has neither a document nor query text.", nameof(request));
            return (document, DocumentPlans.For(document));
        }

        if (request.Document is not null)
        {
            throw new ArgumentException("The request has both a document and query text; give one.", nameof(request));
        }

        var cache = request.Documents ?? DocumentCache.For(request.Schema);
        if (!ReferenceEquals(cache.Schema, request.Schema))
        {
            throw new ArgumentException("The request's document cache belongs to another schema.", nameof(request));
        }

        var cached = cache.GetOrAdd(request.Query);
        if (!cached.IsValid)
        {
            errors = cached.Errors;
            return (null, null!);
        }

        return (cached.Document, cached.Plans!);
    }

    private static string Keyword(OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };
}
