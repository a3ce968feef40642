using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Validation;

/// <summary>
/// What all rules of one validation run share: the schema and document, the type information of the node being visited,
/// fragment and variable look-ups (computed once and cached), and error reporting with the error limit.
/// </summary>
public sealed class ValidationContext
{
    // graphql-js bounds the fragment traversals of one validation (50 000 units, about one fragment spread each) so that
    // documents with many operations and deeply shared fragments abort instead of taking quadratic time.
    private const int FragmentWorkBudget = 50_000;

    private readonly TypeInfo _typeInfo;
    private readonly List<ValidationError> _errors;
    private readonly int _maxErrors;
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>> _spreads = [];
    private readonly Dictionary<ExecutableDefinitionNode, IReadOnlyList<VariableUsage>> _usages = [];
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<VariableUsage>> _recursiveUsages = [];
    private readonly Dictionary<string, List<FragmentDefinitionNode>> _referencedByNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<VariableUsage>> _fragmentUsagesByNames = new(StringComparer.Ordinal);
    private int _remainingFragmentWork = FragmentWorkBudget;

    internal ValidationContext(Schema schema, DocumentNode document, TypeInfo typeInfo, List<ValidationError> errors, ValidationOptions options)
    {
        Schema = schema;
        Document = document;
        _typeInfo = typeInfo;
        _errors = errors;
        _maxErrors = options.MaxErrors;
        HideSuggestions = options.HideSuggestions;
        foreach (var fragment in document.Definitions.OfType<FragmentDefinitionNode>())
        {
            _fragments.TryAdd(fragment.Name.Value, fragment);
        }
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public bool HideSuggestions { get; }

    /// <summary>The output type of the field or fragment being visited, null when unknown.</summary>
    public GraphQLType? Type => _typeInfo.Type;

    /// <summary>The composite type whose selection set is being visited, null when unknown or not composite.</summary>
    public NamedType? ParentType => _typeInfo.ParentType;

    /// <summary>The field definition of the field being visited, null when unknown.</summary>
    public Field? FieldDefinition => _typeInfo.FieldDefinition;

    /// <summary>The input type expected for the value being visited, null when unknown.</summary>
    public GraphQLType? InputType => _typeInfo.InputType;

    /// <summary>The input type enclosing <see cref="InputType"/> (the list, for a list item; the input object, for a field).</summary>
    public GraphQLType? ParentInputType => _typeInfo.ParentInputType;

    public DirectiveDefinition? Directive => _typeInfo.Directive;

    /// <summary>Whether the walk is inside a directive application, known or not.</summary>
    public bool InDirective => _typeInfo.InDirective;

    public Argument? Argument => _typeInfo.Argument;

    /// <summary>The nodes enclosing the one being visited, outermost first (set by the validator).</summary>
    public IReadOnlyList<SyntaxNode> Ancestors => Walker?.Ancestors ?? [];

    internal ValidationWalker? Walker { get; set; }

    public void ReportError(ValidationError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (_errors.Count >= _maxErrors)
        {
            throw new ValidationAbortedException();
        }

        _errors.Add(error);
    }

    public void ReportError(string message, params IEnumerable<SyntaxNode> nodes) => ReportError(new ValidationError(message, nodes));

    /// <summary>Charges fragment-traversal work; aborts validation ("Validation aborted.") once the budget is spent.</summary>
    public void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0)
        {
            throw new ValidationAbortedException(ValidationAbortedException.Aborted);
        }
    }

    public FragmentDefinitionNode? GetFragment(string name) => _fragments.GetValueOrDefault(name);

    /// <summary>The fragment spreads directly in a selection set, including inside inline fragments and sub-selections.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        ArgumentNullException.ThrowIfNull(selectionSet);
        if (_spreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        // Same traversal order as graphql-js (a stack of selection sets), because error order follows it.
        var spreads = new List<FragmentSpreadNode>();
        var pending = new Stack<SelectionSetNode>();
        pending.Push(selectionSet);
        while (pending.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                if (selection is FragmentSpreadNode spread)
                {
                    spreads.Add(spread);
                }
                else if (SelectionSetOf(selection) is { } child)
                {
                    pending.Push(child);
                }
            }
        }

        _spreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>The fragments an operation uses, directly or through other fragments, each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(IEnumerable<OperationDefinitionNode> operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        return ReferencedFragments(operations, out _);
    }

    // Cached by the set of directly spread names (graphql-js SetMap), which also decides when work is charged.
    private List<FragmentDefinitionNode> ReferencedFragments(IEnumerable<OperationDefinitionNode> operations, out string key)
    {
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
            {
                if (seen.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        key = string.Join('\n', names.Order(StringComparer.Ordinal));
        if (_referencedByNames.TryGetValue(key, out var cached))
        {
            return cached;
        }

        SpendFragmentWork(names.Count);
        var fragments = new List<FragmentDefinitionNode>();
        for (var i = 0; i < names.Count; i++)
        {
            if (GetFragment(names[i]) is not { } fragment)
            {
                continue;
            }

            fragments.Add(fragment);
            var spreads = GetFragmentSpreads(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            foreach (var spread in spreads)
            {
                if (seen.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        _referencedByNames[key] = fragments;
        return fragments;
    }

    /// <summary>The variables used in an operation or fragment (not in its variable definitions), with their expected types.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (!_usages.TryGetValue(definition, out var usages))
        {
            var typeInfo = new TypeInfo(Schema);
            var collector = new VariableUsageCollector(typeInfo);
            definition.Accept(new ValidationWalker(typeInfo, [collector]));
            usages = collector.Usages;
            _usages[definition] = usages;
        }

        return usages;
    }

    /// <summary>The variables used by an operation and every fragment it uses transitively (§5.8.3, §5.8.4).</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (!_recursiveUsages.TryGetValue(operation, out var usages))
        {
            var fragments = ReferencedFragments([operation], out var key);
            if (!_fragmentUsagesByNames.TryGetValue(key, out var fragmentUsages))
            {
                SpendFragmentWork(fragments.Count);
                fragmentUsages = [];
                foreach (var fragment in fragments)
                {
                    var local = GetVariableUsages(fragment);
                    SpendFragmentWork(local.Count);
                    fragmentUsages.AddRange(local);
                }

                _fragmentUsagesByNames[key] = fragmentUsages;
            }

            SpendFragmentWork(fragmentUsages.Count);
            usages = [.. GetVariableUsages(operation), .. fragmentUsages];
            _recursiveUsages[operation] = usages;
        }

        return usages;
    }

    private static SelectionSetNode? SelectionSetOf(SelectionNode selection) => selection switch
    {
        FieldNode field => field.SelectionSet,
        InlineFragmentNode inline => inline.SelectionSet,
        _ => null,
    };
}
