using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Validation.Rules;

/// <summary>§5.2.1.1 Operation Type Existence: the schema has a root type for the operation.</summary>
internal sealed class KnownOperationTypesRule(ValidationContext context) : ValidationVisitor
{
    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (context.Schema.GetRootType(node.Operation) is null)
        {
            var operation = node.Operation switch
            {
                OperationType.Mutation => "mutation",
                OperationType.Subscription => "subscription",
                _ => "query",
            };
            context.ReportError($"The {operation} operation is not supported by the schema.", node);
        }
    }
}
