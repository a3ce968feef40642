using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Execution;

/// <summary>
/// §6.3.2 CollectFields for one object type, done once per plan: groups field nodes by response key in document
/// order, follows fragments whose type condition applies, decides literal @skip/@include and records the
/// variable ones on each occurrence. Dispatches on selection kinds through the AST's visitor.
/// </summary>
internal sealed class FieldCollector : SyntaxVisitor<bool>
{
    private readonly Schema _schema;
    private readonly IReadOnlyDictionary<string, FragmentDefinitionNode> _fragments;
    private readonly ObjectType _objectType;
    private readonly Dictionary<string, List<FieldOccurrence>> _groups = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly HashSet<string> _active = new(StringComparer.Ordinal);
    private HashSet<string> _visited = new(StringComparer.Ordinal);
    private IReadOnlyList<InclusionCondition> _conditions = [];
    private int _ordinal;

    public FieldCollector(Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, ObjectType objectType)
    {
        _schema = schema;
        _fragments = fragments;
        _objectType = objectType;
    }

    /// <summary>The collected groups in response key order.</summary>
    public IEnumerable<(string Key, List<FieldOccurrence> Occurrences)> Groups => _order.Select(key => (key, _groups[key]));

    /// <summary>Collects one selection set; <paramref name="inherited"/> are the conditions of the field that owns it.</summary>
    public void Collect(SelectionSetNode selectionSet, IReadOnlyList<InclusionCondition> inherited)
    {
        // §6.4.3 CollectSubfields runs CollectFields per field node, each with its own visited fragments.
        _visited = new(StringComparer.Ordinal);
        _conditions = inherited;
        Visit(selectionSet);
    }

    public override bool Visit(SelectionSetNode node)
    {
        var outer = _conditions;
        foreach (var selection in node.Selections)
        {
            if (!InclusionCondition.TryCreate(selection.Directives, out var own))
            {
                continue;
            }

            _conditions = own.Count == 0 ? outer : [.. outer, .. own];
            selection.Accept(this);
            _conditions = outer;
        }

        return true;
    }

    public override bool Visit(FieldNode node)
    {
        var key = node.Alias?.Value ?? node.Name.Value;
        if (!_groups.TryGetValue(key, out var occurrences))
        {
            occurrences = [];
            _groups.Add(key, occurrences);
            _order.Add(key);
        }

        occurrences.Add(new FieldOccurrence(node, _conditions, _ordinal++));
        return true;
    }

    public override bool Visit(FragmentSpreadNode node)
    {
        var name = node.Name.Value;
        if (_visited.Contains(name) || _active.Contains(name) || !_fragments.TryGetValue(name, out var fragment) || !Applies(fragment.TypeCondition))
        {
            return false;
        }

        // A spread skipped by a variable must not hide a later spread of the same fragment, so only an
        // unconditional spread marks the fragment visited (§6.3.2 visitedFragments).
        if (_conditions.Count == 0)
        {
            _visited.Add(name);
        }

        _active.Add(name);
        Visit(fragment.SelectionSet);
        _active.Remove(name);
        return true;
    }

    public override bool Visit(InlineFragmentNode node)
    {
        if (node.TypeCondition is not null && !Applies(node.TypeCondition))
        {
            return false;
        }

        return Visit(node.SelectionSet);
    }

    protected override bool DefaultVisit(SyntaxNode node) => false;

    /// <summary>§6.3.2 DoesFragmentTypeApply.</summary>
    private bool Applies(NamedTypeNode typeCondition) => _schema.GetType(typeCondition.Name.Value) switch
    {
        ObjectType objectType => ReferenceEquals(objectType, _objectType),
        NamedType abstractType when abstractType is InterfaceType or UnionType => _schema.IsSubType(abstractType, _objectType),
        _ => false,
    };
}
