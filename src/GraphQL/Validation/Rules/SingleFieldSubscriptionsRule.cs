using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Validation.Rules;

/// <summary>
/// §5.2.4.1 Single Root Field: a subscription's root selection set, after fragment expansion (CollectFields, §6.3.2),
/// has exactly one response key, which is not an introspection field, and uses no <c>@skip</c> / <c>@include</c>
/// there (the field set must not depend on variables).
/// </summary>
internal sealed class SingleFieldSubscriptionsRule(ValidationContext context) : ValidationVisitor
{
    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (node.Operation != OperationType.Subscription || context.Schema.SubscriptionType is not { } root)
        {
            return;
        }

        var subject = node.Name is { } name ? $"Subscription \"{name.Value}\"" : "Anonymous Subscription";
        var collector = new RootFieldCollector(context, root);
        collector.Collect(node.SelectionSet);
        if (collector.ForbiddenDirectives.Count > 0)
        {
            context.ReportError($"{subject} must not use `@skip` or `@include` directives in the top level selection.", collector.ForbiddenDirectives);
            return;
        }

        var groups = collector.Groups;
        if (groups.Count == 0)
        {
            context.ReportError($"{subject} must select one top level field.", node.SelectionSet);
        }
        else if (groups.Count > 1)
        {
            context.ReportError($"{subject} must select only one top level field.", groups.Skip(1).SelectMany(g => g.Fields));
        }

        foreach (var group in groups.Where(g => g.Fields[0].Name.Value.StartsWith("__", StringComparison.Ordinal)))
        {
            context.ReportError($"{subject} must not select an introspection top level field.", group.Fields);
        }
    }

    /// <summary>CollectFields for the subscription root, recording instead of evaluating <c>@skip</c> / <c>@include</c>.</summary>
    private sealed class RootFieldCollector(ValidationContext context, ObjectType root)
    {
        private readonly HashSet<string> _visitedFragments = new(StringComparer.Ordinal);
        private readonly Dictionary<string, FieldGroup> _byKey = new(StringComparer.Ordinal);

        public List<FieldGroup> Groups { get; } = [];

        public List<DirectiveNode> ForbiddenDirectives { get; } = [];

        public void Collect(SelectionSetNode selectionSet)
        {
            // graphql-js charges the fragment-work budget for every selection set it expands here.
            context.SpendFragmentWork(selectionSet.Selections.Count);
            foreach (var directives in selectionSet.Selections.Select(s => s.Directives))
            {
                context.SpendFragmentWork(directives.Count + (directives.FirstOrDefault(d => d.Name.Value == "defer")?.Arguments.Count ?? 0));
            }

            foreach (var selection in selectionSet.Selections)
            {
                if (!IsUnconditional(selection))
                {
                    continue;
                }

                switch (selection)
                {
                    case FieldNode field:
                        Add(field);
                        break;
                    case InlineFragmentNode inline when Applies(inline.TypeCondition):
                        Collect(inline.SelectionSet);
                        break;
                    case FragmentSpreadNode spread when context.GetFragment(spread.Name.Value) is { } fragment
                        && Applies(fragment.TypeCondition) && _visitedFragments.Add(spread.Name.Value):
                        Collect(fragment.SelectionSet);
                        break;
                    default:
                        break;
                }
            }
        }

        private void Add(FieldNode field)
        {
            var key = (field.Alias ?? field.Name).Value;
            if (!_byKey.TryGetValue(key, out var group))
            {
                group = new FieldGroup();
                _byKey[key] = group;
                Groups.Add(group);
            }

            group.Fields.Add(field);
        }

        // graphql-js records @skip first and, only without it, @include; either excludes the selection.
        private bool IsUnconditional(SelectionNode selection)
        {
            var conditional = selection.Directives.FirstOrDefault(d => d.Name.Value == "skip")
                ?? selection.Directives.FirstOrDefault(d => d.Name.Value == "include");
            if (conditional is null)
            {
                return true;
            }

            ForbiddenDirectives.Add(conditional);
            return false;
        }

        private bool Applies(NamedTypeNode? typeCondition)
        {
            if (typeCondition is null)
            {
                return true;
            }

            var type = TypeAst.TypeFromAst(context.Schema, typeCondition);
            return ReferenceEquals(type, root) || (TypeAst.IsAbstractType(type) && context.Schema.IsSubType((NamedType)type!, root));
        }
    }

    private sealed class FieldGroup
    {
        public List<FieldNode> Fields { get; } = [];
    }
}
