using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Validation.Rules;

/// <summary>
/// Incremental delivery (graphql-js 17): subscriptions may not use <c>@defer</c> / <c>@stream</c> unless their
/// <c>if</c> argument can be false, anywhere a selection is not statically skipped. Errors list the directive and the
/// fragment spreads leading to it, innermost first.
/// </summary>
internal sealed class DeferStreamDirectiveOnValidOperationsRule(ValidationContext context) : ValidationVisitor
{
    private readonly HashSet<string> _checkedFragments = new(StringComparer.Ordinal);

    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (node.Operation != OperationType.Subscription)
        {
            return;
        }

        var visited = new HashSet<string>(StringComparer.Ordinal);
        if (Check(node.SelectionSet, [], visited))
        {
            _checkedFragments.UnionWith(visited);
        }
    }

    private bool Check(SelectionSetNode selectionSet, List<FragmentSpreadNode> path, HashSet<string> visited)
    {
        var valid = true;
        foreach (var selection in selectionSet.Selections)
        {
            if (IsStaticallySkipped(selection))
            {
                continue;
            }

            foreach (var directive in selection.Directives.Where(d => d.Name.Value is "defer" or "stream" && !IfCanBeFalse(d)))
            {
                valid = false;
                var name = directive.Name.Value;
                context.ReportError(
                    $"{(name == "defer" ? "Defer" : "Stream")} directive not supported on subscription operations. Disable `@{name}` by setting the `if` argument to `false`.",
                    [directive, .. Enumerable.Reverse(path)]);
            }

            if (selection is FragmentSpreadNode spread)
            {
                var name = spread.Name.Value;
                if (_checkedFragments.Contains(name) || !visited.Add(name) || context.GetFragment(name) is not { } fragment)
                {
                    continue;
                }

                path.Add(spread);
                valid = Check(fragment.SelectionSet, path, visited) && valid;
                path.RemoveAt(path.Count - 1);
            }
            else if (SelectionSetOf(selection) is { } child)
            {
                valid = Check(child, path, visited) && valid;
            }
        }

        return valid;
    }

    private static SelectionSetNode? SelectionSetOf(SelectionNode selection) => selection switch
    {
        FieldNode field => field.SelectionSet,
        InlineFragmentNode inline => inline.SelectionSet,
        _ => null,
    };

    // @skip without a literal false, or @include with anything but a literal true, may remove the selection.
    private static bool IsStaticallySkipped(SelectionNode selection)
    {
        if (selection.Directives.FirstOrDefault(d => d.Name.Value == "skip") is { } skip
            && IfArgument(skip) is not BooleanValueNode { Value: false })
        {
            return true;
        }

        return selection.Directives.FirstOrDefault(d => d.Name.Value == "include") is { } include
            && IfArgument(include) is { } value && value is not BooleanValueNode { Value: true };
    }

    private static bool IfCanBeFalse(DirectiveNode directive) =>
        IfArgument(directive) is BooleanValueNode { Value: false } or VariableNode;

    private static ValueNode? IfArgument(DirectiveNode directive) =>
        directive.Arguments.FirstOrDefault(a => a.Name.Value == "if")?.Value;
}
