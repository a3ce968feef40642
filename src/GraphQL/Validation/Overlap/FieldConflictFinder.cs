using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Validation.Overlap;

/// <summary>
/// §5.3.2 Field Selection Merging, as graphql-js 17 computes it: compares fields by response name within a selection
/// set, between its fields and the fragments it spreads, and between those fragments, remembering compared pairs so
/// each fragment pair is examined once. Fragment arguments are not part of our language, so every fragment shares
/// the operation's variable scope.
/// </summary>
internal sealed class FieldConflictFinder(ValidationContext context)
{
    private const int MaxDetailLength = 1000;
    private const int MaxConflictNodes = 20;

    // graphql-js bounds the comparison work (each unit about one pair of fields or fragments compared), so a hostile
    // document aborts validation instead of taking quadratic or exponential time.
    private const int ComplexityBudget = 500_000;

    // Stands for a spread of an unknown fragment, which graphql-js still records as compared.
    private static readonly object MissingFragment = new();

    private readonly Dictionary<(NamedType?, SelectionSetNode), CollectedFields> _collected = [];
    private readonly Dictionary<CollectedFields, List<FragmentDefinitionNode?>> _spreads = new(ReferenceEqualityComparer.Instance);
    private readonly ComparedPairs _fieldsAndFragments = new(ordered: true);
    private readonly ComparedPairs _fragmentPairs = new(ordered: false);
    private readonly HashSet<(CollectedFields, CollectedFields)> _overlapsComputed = [];
    private int _remainingBudget = ComplexityBudget;

    public static string Abbreviate(string text) => text.Length > MaxDetailLength ? text[..MaxDetailLength] + "..." : text;

    public List<Conflict> FindWithin(NamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<Conflict>();
        var fields = Collect(parentType, selectionSet);
        foreach (var name in fields.ResponseNames)
        {
            var list = fields.ByResponseName[name];
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    AddIfAny(conflicts, FindConflict(false, name, list[i], list[j]));
                }
            }
        }

        if (fields.Spreads.Count != 0 && (fields.ResponseNames.Count != 0 || fields.Spreads.Count > 1))
        {
            var fragments = SpreadFragments(fields);
            for (var i = 0; i < fragments.Count; i++)
            {
                BetweenFieldsAndFragment(conflicts, false, fields, fragments[i]);
                for (var j = i + 1; j < fragments.Count; j++)
                {
                    BetweenFragments(conflicts, false, fragments[i], fragments[j]);
                }
            }
        }

        return conflicts;
    }

    private static void AddIfAny(List<Conflict> conflicts, Conflict? conflict)
    {
        if (conflict is not null)
        {
            conflicts.Add(conflict);
        }
    }

    private void BetweenFieldsAndFragment(List<Conflict> conflicts, bool exclusive, CollectedFields fields, FragmentDefinitionNode? fragment)
    {
        Spend(1);
        if (fields.ResponseNames.Count == 0 || _fieldsAndFragments.Contains(fields, fragment ?? MissingFragment, exclusive))
        {
            return;
        }

        _fieldsAndFragments.Add(fields, fragment ?? MissingFragment, exclusive);
        if (fragment is null)
        {
            return;
        }

        var fragmentFields = CollectFragment(fragment);
        if (ReferenceEquals(fields, fragmentFields))
        {
            return;
        }

        Between(conflicts, exclusive, fields, fragmentFields);
        foreach (var referenced in SpreadFragments(fragmentFields))
        {
            BetweenFieldsAndFragment(conflicts, exclusive, fields, referenced);
        }
    }

    private void BetweenFragments(List<Conflict> conflicts, bool exclusive, FragmentDefinitionNode? fragment1, FragmentDefinitionNode? fragment2)
    {
        Spend(2);
        // The same fragment twice merges with itself; without fragment arguments there is nothing to compare.
        if (ReferenceEquals(fragment1, fragment2) || _fragmentPairs.Contains(fragment1 ?? MissingFragment, fragment2 ?? MissingFragment, exclusive))
        {
            return;
        }

        _fragmentPairs.Add(fragment1 ?? MissingFragment, fragment2 ?? MissingFragment, exclusive);
        if (fragment1 is null || fragment2 is null)
        {
            return;
        }

        var fields1 = CollectFragment(fragment1);
        var fields2 = CollectFragment(fragment2);
        Between(conflicts, exclusive, fields1, fields2);
        foreach (var referenced in SpreadFragments(fields2))
        {
            BetweenFragments(conflicts, exclusive, fragment1, referenced);
        }

        foreach (var referenced in SpreadFragments(fields1))
        {
            BetweenFragments(conflicts, exclusive, referenced, fragment2);
        }
    }

    private List<Conflict> BetweenSubSelections(bool exclusive, NamedType? type1, SelectionSetNode set1, NamedType? type2, SelectionSetNode set2)
    {
        var conflicts = new List<Conflict>();
        var fields1 = Collect(type1, set1);
        var fragments1 = SpreadFragments(fields1);
        var fields2 = Collect(type2, set2);
        var fragments2 = SpreadFragments(fields2);
        Between(conflicts, exclusive, fields1, fields2);
        foreach (var fragment in fragments2)
        {
            BetweenFieldsAndFragment(conflicts, exclusive, fields1, fragment);
        }

        foreach (var fragment in fragments1)
        {
            BetweenFieldsAndFragment(conflicts, exclusive, fields2, fragment);
        }

        foreach (var fragment1 in fragments1)
        {
            foreach (var fragment2 in fragments2)
            {
                BetweenFragments(conflicts, exclusive, fragment1, fragment2);
            }
        }

        return conflicts;
    }

    private void Between(List<Conflict> conflicts, bool exclusive, CollectedFields fields1, CollectedFields fields2)
    {
        if (fields1.ResponseNames.Count == 0 || fields2.ResponseNames.Count == 0)
        {
            return;
        }

        // Finding the shared response names is charged once per pair of selection sets, as graphql-js caches it.
        if (_overlapsComputed.Add((fields1, fields2)))
        {
            Spend(fields1.ResponseNames.Count);
        }

        foreach (var name in fields1.ResponseNames)
        {
            if (!fields2.ByResponseName.TryGetValue(name, out var list2))
            {
                continue;
            }

            foreach (var field1 in fields1.ByResponseName[name])
            {
                foreach (var field2 in list2)
                {
                    AddIfAny(conflicts, FindConflict(exclusive, name, field1, field2));
                }
            }
        }
    }

    private Conflict? FindConflict(bool parentsExclusive, string responseName, FieldDetails field1, FieldDetails field2)
    {
        // Fields on two different object types can never both apply, so only their shapes must agree.
        var exclusive = parentsExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        var node1 = field1.Node;
        var node2 = field2.Node;
        Spend(2);
        if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && ReferenceEquals(field1.Definition?.Type, field2.Definition?.Type)
            && node1.Name.Value == node2.Name.Value)
        {
            return null;
        }

        if (!exclusive)
        {
            if (node1.Name.Value != node2.Name.Value)
            {
                return new(responseName, $"\"{Abbreviate(node1.Name.Value)}\" and \"{Abbreviate(node2.Name.Value)}\" are different fields", [node1], [node2]);
            }

            if (!SameArguments(node1.Arguments, node2.Arguments))
            {
                return new(responseName, "they have differing arguments", [node1], [node2]);
            }
        }

        if (field1.StreamDirective is not null || field2.StreamDirective is not null)
        {
            var reason = "they have overlapping stream directives";
            if (field1.StreamDirective is not null && field2.StreamDirective is not null
                && SameArguments(field1.StreamDirective.Arguments, field2.StreamDirective.Arguments))
            {
                reason += ". See https://github.com/graphql/defer-stream-wg/discussions/100";
            }

            return new(responseName, reason, [node1], [node2]);
        }

        if (field1.Definition?.Type is { } type1 && field2.Definition?.Type is { } type2 && DoTypesConflict(type1, type2))
        {
            return new(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", [node1], [node2]);
        }

        if (node1.SelectionSet is { } set1 && node2.SelectionSet is { } set2)
        {
            var sub = BetweenSubSelections(exclusive, field1.Definition?.Type.Named, set1, field2.Definition?.Type.Named, set2);
            return SubfieldConflicts(sub, responseName, node1, node2);
        }

        return null;
    }

    private bool SameArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
    {
        if (arguments1.Count != arguments2.Count)
        {
            return false;
        }

        Spend(arguments1.Count);

        var values2 = new Dictionary<string, ValueNode>(StringComparer.Ordinal);
        foreach (var argument in arguments2)
        {
            values2[argument.Name.Value] = argument.Value;
        }

        return arguments1.All(argument => values2.TryGetValue(argument.Name.Value, out var value2)
            && ValueKey.Of(argument.Value) == ValueKey.Of(value2));
    }

    // Lists and non-null must match level by level; leaves must be the same type. Composite types are compared by
    // their sub-selections instead.
    private bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        if (ReferenceEquals(type1, type2))
        {
            return false;
        }

        Spend(1);

        if (type1 is ListType list1)
        {
            return type2 is not ListType list2 || DoTypesConflict(list1.OfType, list2.OfType);
        }

        if (type2 is ListType)
        {
            return true;
        }

        if (type1 is NonNullType nonNull1)
        {
            return type2 is not NonNullType nonNull2 || DoTypesConflict(nonNull1.OfType, nonNull2.OfType);
        }

        if (type2 is NonNullType)
        {
            return true;
        }

        return (TypeAst.IsLeafType(type1) || TypeAst.IsLeafType(type2)) && !ReferenceEquals(type1, type2);
    }

    private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
    {
        if (conflicts.Count == 0)
        {
            return null;
        }

        var message = string.Empty;
        foreach (var conflict in conflicts)
        {
            message += (message.Length == 0 ? string.Empty : " and ") + $"subfields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}";
            if (message.Length > MaxDetailLength)
            {
                break;
            }
        }

        return new(responseName, Abbreviate(message), ConflictNodes(node1, conflicts, c => c.Fields1), ConflictNodes(node2, conflicts, c => c.Fields2));
    }

    private static List<FieldNode> ConflictNodes(FieldNode node, List<Conflict> conflicts, Func<Conflict, IReadOnlyList<FieldNode>> side)
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in conflicts)
        {
            var fields = side(conflict);
            var remaining = MaxConflictNodes - nodes.Count;
            nodes.AddRange(fields.Skip(Math.Max(0, fields.Count - remaining)));
            if (nodes.Count == MaxConflictNodes)
            {
                break;
            }
        }

        return nodes;
    }

    private void Spend(int cost)
    {
        _remainingBudget -= cost;
        if (_remainingBudget < 0)
        {
            throw new ValidationAbortedException(ValidationAbortedException.Aborted);
        }
    }

    private CollectedFields CollectFragment(FragmentDefinitionNode fragment) =>
        Collect(TypeAst.TypeFromAst(context.Schema, fragment.TypeCondition) as NamedType, fragment.SelectionSet);

    private CollectedFields Collect(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (!_collected.TryGetValue((parentType, selectionSet), out var fields))
        {
            fields = new CollectedFields();
            CollectInto(fields, parentType, selectionSet);
            _collected[(parentType, selectionSet)] = fields;
        }

        return fields;
    }

    private void CollectInto(CollectedFields fields, NamedType? parentType, SelectionSetNode selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    // Only declared fields count: meta-fields such as __typename have no definition here, as in graphql-js.
                    var definition = (parentType as ImplementingType)?.GetField(field.Name.Value);
                    fields.Add((field.Alias ?? field.Name).Value, new FieldDetails(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    fields.Spreads.Add(spread);
                    break;
                case InlineFragmentNode inline:
                    var type = inline.TypeCondition is { } condition ? TypeAst.TypeFromAst(context.Schema, condition) as NamedType : parentType;
                    CollectInto(fields, type, inline.SelectionSet);
                    break;
                default:
                    throw new InvalidOperationException($"Unexpected selection {selection.Kind}.");
            }
        }
    }

    /// <summary>The distinct fragments spread directly in a selection set (null for an unknown one), in first-spread order.</summary>
    private List<FragmentDefinitionNode?> SpreadFragments(CollectedFields fields)
    {
        if (!_spreads.TryGetValue(fields, out var fragments))
        {
            Spend(fields.Spreads.Count);
            fragments = [];
            var seenMissing = false;
            foreach (var spread in fields.Spreads)
            {
                var fragment = context.GetFragment(spread.Name.Value);
                if (fragment is null ? !seenMissing : !fragments.Contains(fragment))
                {
                    seenMissing |= fragment is null;
                    fragments.Add(fragment);
                }
            }

            _spreads[fields] = fragments;
        }

        return fragments;
    }
}
