using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Validation.Rules;

/// <summary>§5.8.4 All Variables Used, counting uses in fragments the operation spreads.</summary>
internal sealed class NoUnusedVariablesRule(ValidationContext context) : ValidationVisitor
{
    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        var used = context.GetRecursiveVariableUsages(node).Select(u => u.Node.Name.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var definition in node.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            if (!used.Contains(name))
            {
                var message = node.Name is { } operationName
                    ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                    : $"Variable \"${name}\" is never used.";
                context.ReportError(message, definition);
            }
        }
    }
}
