using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Validation.Rules;

/// <summary>§5.8.1 Variable Uniqueness: one error per duplicated name, listing every declaration.</summary>
internal sealed class UniqueVariableNamesRule(ValidationContext context) : ValidationVisitor
{
    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        foreach (var group in node.VariableDefinitions.GroupBy(d => d.Variable.Name.Value, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            context.ReportError($"There can be only one variable named \"${group.Key}\".", group.Select(d => d.Variable.Name));
        }
    }
}
