using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Validation.Rules;

/// <summary>
/// §5.8.5 All Variable Usages Are Allowed: a variable's type fits every position it is used in, a nullable variable
/// reaching a non-null position only when a non-null default covers it; and OneOf fields (§3.10.1) take only non-null variables.
/// </summary>
internal sealed class VariablesInAllowedPositionRule(ValidationContext context) : ValidationVisitor
{
    public override void LeaveOperationDefinition(OperationDefinitionNode node)
    {
        var definitions = new Dictionary<string, VariableDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in node.VariableDefinitions)
        {
            definitions[definition.Variable.Name.Value] = definition;
        }

        foreach (var usage in context.GetRecursiveVariableUsages(node))
        {
            var name = usage.Node.Name.Value;
            if (!definitions.TryGetValue(name, out var definition) || usage.Type is not { } locationType
                || TypeAst.TypeFromAst(context.Schema, definition.Type) is not { } variableType)
            {
                continue;
            }

            if (!IsAllowed(variableType, definition.DefaultValue, locationType, usage.HasLocationDefaultValue))
            {
                context.ReportError($"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".", definition, usage.Node);
            }

            if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && variableType is not NonNullType)
            {
                context.ReportError($"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".", definition, usage.Node);
            }
        }
    }

    private bool IsAllowed(GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, bool hasLocationDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            return (hasNonNullVariableDefault || hasLocationDefault)
                && TypeComparators.IsTypeSubTypeOf(context.Schema, variableType, nonNullLocation.OfType);
        }

        return TypeComparators.IsTypeSubTypeOf(context.Schema, variableType, locationType);
    }
}
