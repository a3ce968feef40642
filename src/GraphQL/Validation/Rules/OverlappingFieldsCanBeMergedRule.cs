using Serverless.GraphQL.Language;
using Serverless.GraphQL.Validation.Overlap;

namespace Serverless.GraphQL.Validation.Rules;

/// <summary>
/// §5.3.2 Field Selection Merging: selections sharing a response name must be the same field with the same arguments
/// (unless their parents are distinct object types) and must have mergeable types and sub-selections.
/// </summary>
internal sealed class OverlappingFieldsCanBeMergedRule(ValidationContext context) : ValidationVisitor
{
    private readonly FieldConflictFinder _finder = new(context);

    public override void EnterSelectionSet(SelectionSetNode node)
    {
        // An inline fragment's selections are checked as part of the enclosing selection set.
        if (context.Ancestors is [.., InlineFragmentNode]
            || (node.Selections.Count <= 1 && node.Selections is not [InlineFragmentNode, ..]))
        {
            return;
        }

        foreach (var conflict in _finder.FindWithin(context.ParentType, node))
        {
            context.ReportError(
                $"Fields \"{FieldConflictFinder.Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                [.. conflict.Fields1, .. conflict.Fields2]);
        }
    }
}
