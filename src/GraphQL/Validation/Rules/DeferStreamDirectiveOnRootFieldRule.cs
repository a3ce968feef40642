using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Validation.Rules;

/// <summary>
/// Incremental delivery (graphql-js 17, GraphQL incremental-delivery RFC): <c>@defer</c> and <c>@stream</c> may not
/// apply to the root fields of a mutation or subscription, whose root fields must complete together. Like graphql-js
/// the directives are recognised by name, whether or not the schema declares them.
/// </summary>
internal sealed class DeferStreamDirectiveOnRootFieldRule(ValidationContext context) : ValidationVisitor
{
    private readonly HashSet<string> _checkedFragments = new(StringComparer.Ordinal);

    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (node.Operation is not (OperationType.Mutation or OperationType.Subscription) || context.Schema.GetRootType(node.Operation) is not { } root)
        {
            return;
        }

        var kind = node.Operation == OperationType.Mutation ? "mutation" : "subscription";
        var visited = new HashSet<string>(StringComparer.Ordinal);
        if (Check(kind, root, node.SelectionSet, visited))
        {
            _checkedFragments.UnionWith(visited);
        }
    }

    private bool Check(string kind, ObjectType root, SelectionSetNode selectionSet, HashSet<string> visited)
    {
        var valid = true;
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field when field.Directives.FirstOrDefault(d => d.Name.Value == "stream") is { } stream:
                    valid = false;
                    context.ReportError($"Stream directive cannot be used on root {kind} type \"{root.Name}\".", stream);
                    break;
                case FragmentSpreadNode spread when visited.Add(spread.Name.Value) && context.GetFragment(spread.Name.Value) is { } fragment:
                    valid &= ReportDefer(kind, root, spread);
                    if (!_checkedFragments.Contains(spread.Name.Value))
                    {
                        valid = Check(kind, root, fragment.SelectionSet, visited) && valid;
                    }

                    break;
                case InlineFragmentNode inline:
                    valid &= ReportDefer(kind, root, inline);
                    valid = Check(kind, root, inline.SelectionSet, visited) && valid;
                    break;
                default:
                    break;
            }
        }

        return valid;
    }

    private bool ReportDefer(string kind, ObjectType root, SelectionNode fragment)
    {
        if (fragment.Directives.FirstOrDefault(d => d.Name.Value == "defer") is not { } defer)
        {
            return true;
        }

        context.ReportError($"Defer directive cannot be used on root {kind} type \"{root.Name}\".", defer);
        return false;
    }
}
