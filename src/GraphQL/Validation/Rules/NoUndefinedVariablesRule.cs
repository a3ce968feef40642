using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Validation.Rules;

/// <summary>§5.8.3 All Variable Uses Defined, including uses in fragments the operation spreads.</summary>
internal sealed class NoUndefinedVariablesRule(ValidationContext context) : ValidationVisitor
{
    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        var defined = node.VariableDefinitions.Select(d => d.Variable.Name.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var usage in context.GetRecursiveVariableUsages(node))
        {
            var name = usage.Node.Name.Value;
            if (!defined.Contains(name))
            {
                var message = node.Name is { } operationName
                    ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                    : $"Variable \"${name}\" is not defined.";
                context.ReportError(message, usage.Node, node);
            }
        }
    }
}
