using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Validation.Rules;

/// <summary>§5.2.3.1 Lone Anonymous Operation.</summary>
internal sealed class LoneAnonymousOperationRule(ValidationContext context) : ValidationVisitor
{
    private int _operationCount;

    public override void EnterDocument(DocumentNode node) => _operationCount = node.Definitions.OfType<OperationDefinitionNode>().Count();

    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (node.Name is null && _operationCount > 1)
        {
            context.ReportError("This anonymous operation must be the only defined operation.", node);
        }
    }
}
