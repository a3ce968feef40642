using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Validation.Rules;

/// <summary>
/// Not a spec rule: graphql-js 17 rejects introspection queries nesting the list fields <c>fields</c>,
/// <c>interfaces</c>, <c>possibleTypes</c> or <c>inputFields</c> three deep, whose result size grows exponentially
/// with depth (a denial-of-service vector). Fragments are followed, each at most once per depth.
/// </summary>
internal sealed class MaxIntrospectionDepthRule(ValidationContext context) : ValidationVisitor
{
    private const int MaxListsDepth = 3;

    private readonly Dictionary<string, int> _checked = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _exceeded = new(StringComparer.Ordinal);
    private bool _reportedInside;
    private FieldNode? _reportedField;

    public override void EnterField(FieldNode node)
    {
        // graphql-js stops visiting below a reported field, so nested introspection fields are not reported again.
        if (_reportedInside || node.Name.Value is not ("__schema" or "__type"))
        {
            return;
        }

        if (Exceeds(node, new Dictionary<string, int>(StringComparer.Ordinal), 0))
        {
            context.ReportError("Maximum introspection depth exceeded", node);
            _reportedInside = true;
            _reportedField = node;
        }
    }

    public override void LeaveField(FieldNode node)
    {
        if (ReferenceEquals(node, _reportedField))
        {
            _reportedInside = false;
            _reportedField = null;
        }
    }

    private bool Exceeds(SelectionNode node, Dictionary<string, int> visited, int depth)
    {
        if (node is FragmentSpreadNode spread)
        {
            return SpreadExceeds(spread.Name.Value, visited, depth);
        }

        SelectionSetNode? selectionSet = null;
        if (node is FieldNode field)
        {
            if (field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields" && ++depth >= MaxListsDepth)
            {
                return true;
            }

            selectionSet = field.SelectionSet;
        }
        else if (node is InlineFragmentNode inline)
        {
            selectionSet = inline.SelectionSet;
        }

        return selectionSet is not null && selectionSet.Selections.Any(child => Exceeds(child, visited, depth));
    }

    private bool SpreadExceeds(string name, Dictionary<string, int> visited, int depth)
    {
        if (_exceeded.TryGetValue(name, out var exceededDepth) && exceededDepth <= depth)
        {
            return true;
        }

        if ((visited.TryGetValue(name, out var visitedDepth) && visitedDepth >= depth)
            || (_checked.TryGetValue(name, out var checkedDepth) && checkedDepth >= depth)
            || context.GetFragment(name) is not { } fragment)
        {
            return false;
        }

        visited[name] = depth;
        if (fragment.SelectionSet.Selections.Any(child => Exceeds(child, visited, depth)))
        {
            _exceeded[name] = depth;
            return true;
        }

        _checked[name] = depth;
        return false;
    }
}
