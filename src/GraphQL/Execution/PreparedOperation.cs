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
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DocumentNode, DocumentPlans> Plans = new();

    /// <summary>The prepared operation, or null with the request error result (§7.1.1: errors, no data).</summary>
    public static PreparedOperation? Prepare(ExecutionRequest request, out ExecutionResult? failure)
    {
        failure = null;
        var operation = OperationSelector.Select(request.Document, request.OperationName, out var selectionError);
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

        var (planner, rootPlan) = Plans.GetValue(request.Document, static document => new DocumentPlans(document)).Get(request.Schema, operation, rootType);
        return new PreparedOperation(operation, rootType, variables, planner, rootPlan);
    }

    private static string Keyword(OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };
}
