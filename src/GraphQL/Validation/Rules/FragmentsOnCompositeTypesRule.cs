using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Validation.Rules;

/// <summary>§5.5.1.3 Fragments on Object, Interface or Union Types.</summary>
internal sealed class FragmentsOnCompositeTypesRule(ValidationContext context) : ValidationVisitor
{
    public override void EnterInlineFragment(InlineFragmentNode node)
    {
        if (node.TypeCondition is { } condition && IsNonComposite(condition))
        {
            context.ReportError($"Fragment cannot condition on non composite type \"{condition.Name.Value}\".", condition);
        }
    }

    public override void EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        if (IsNonComposite(node.TypeCondition))
        {
            context.ReportError($"Fragment \"{node.Name.Value}\" cannot condition on non composite type \"{node.TypeCondition.Name.Value}\".", node.TypeCondition);
        }
    }

    // Unknown types are KnownTypeNames' to report.
    private bool IsNonComposite(NamedTypeNode condition) =>
        TypeAst.TypeFromAst(context.Schema, condition) is { } type && !TypeAst.IsCompositeType(type);
}
