using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Validation.Rules;

/// <summary>§5.5.2.3 Fragment Spread Is Possible: the fragment's and the parent's types share a possible object type.</summary>
internal sealed class PossibleFragmentSpreadsRule(ValidationContext context) : ValidationVisitor
{
    public override void EnterInlineFragment(InlineFragmentNode node)
    {
        if (context.Type is NamedType fragmentType && TypeAst.IsCompositeType(fragmentType)
            && context.ParentType is { } parentType && TypeAst.IsCompositeType(parentType)
            && !TypeAst.DoTypesOverlap(context.Schema, fragmentType, parentType))
        {
            context.ReportError($"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".", node);
        }
    }

    public override void EnterFragmentSpread(FragmentSpreadNode node)
    {
        var name = node.Name.Value;
        if (context.GetFragment(name) is { } fragment
            && TypeAst.TypeFromAst(context.Schema, fragment.TypeCondition) is NamedType fragmentType && TypeAst.IsCompositeType(fragmentType)
            && context.ParentType is { } parentType
            && !TypeAst.DoTypesOverlap(context.Schema, fragmentType, parentType))
        {
            context.ReportError($"Fragment \"{name}\" cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".", node);
        }
    }
}
