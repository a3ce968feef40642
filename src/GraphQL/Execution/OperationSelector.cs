using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Execution;

/// <summary>§6.1 GetOperation, with graphql-js messages.</summary>
internal static class OperationSelector
{
    public static OperationDefinitionNode? Select(DocumentNode document, string? operationName, out GraphQLError? error)
    {
        error = null;
        OperationDefinitionNode? found = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            if (operationName is null)
            {
                if (found is not null)
                {
                    error = new GraphQLError("Must provide operation name if query contains multiple operations.");
                    return null;
                }

                found = operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                return operation;
            }
        }

        if (found is null)
        {
            error = new GraphQLError(operationName is null ? "Must provide an operation." : $"Unknown operation named \"{operationName}\".");
        }

        return found;
    }
}
