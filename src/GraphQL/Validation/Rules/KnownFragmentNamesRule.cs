using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Validation.Rules;

/// <summary>§5.5.2.1 Fragment Spread Target Defined.</summary>
internal sealed class KnownFragmentNamesRule(ValidationContext context) : ValidationVisitor
{
    public override void EnterFragmentSpread(FragmentSpreadNode node)
    {
        if (context.GetFragment(node.Name.Value) is null)
        {
            context.ReportError($"Unknown fragment \"{node.Name.Value}\".", node.Name);
        }
    }
}
