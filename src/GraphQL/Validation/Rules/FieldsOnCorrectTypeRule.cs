using Serverless.GraphQL.Diagnostics;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Validation.Rules;

/// <summary>§5.3.1 Field Selections: every selected field exists on the type in scope.</summary>
internal sealed class FieldsOnCorrectTypeRule(ValidationContext context) : ValidationVisitor
{
    public override void EnterField(FieldNode node)
    {
        if (context.ParentType is not { } type || context.FieldDefinition is not null)
        {
            return;
        }

        var name = node.Name.Value;
        // An abstract type suggests the concrete types having the field before similarly named fields.
        var suggestion = Suggestions.DidYouMean(context.HideSuggestions ? [] : SuggestedTypeNames(type, name), "to use an inline fragment on");
        if (suggestion.Length == 0)
        {
            suggestion = Suggestions.DidYouMean(context.HideSuggestions ? [] : SuggestedFieldNames(type, name));
        }

        context.ReportError($"Cannot query field \"{name}\" on type \"{type.Name}\".{suggestion}", node);
    }

    private static IReadOnlyList<string> SuggestedFieldNames(NamedType type, string name) =>
        type is ImplementingType implementing ? Suggestions.Rank(name, implementing.Fields.Select(f => f.Name)) : [];

    private List<string> SuggestedTypeNames(NamedType type, string name)
    {
        if (!TypeAst.IsAbstractType(type))
        {
            return [];
        }

        var schema = context.Schema;
        var suggested = new List<ImplementingType>();
        var usage = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var possible in schema.GetPossibleTypes(type))
        {
            if (possible.GetField(name) is null)
            {
                continue;
            }

            AddOnce(suggested, possible);
            usage[possible.Name] = 1;
            foreach (var iface in possible.Interfaces.Where(i => i.GetField(name) is not null))
            {
                AddOnce(suggested, iface);
                usage[iface.Name] = usage.GetValueOrDefault(iface.Name) + 1;
            }
        }

        // Most used first; an interface before the types implementing it; then by name.
        return [.. suggested.Order(Comparer<ImplementingType>.Create((a, b) =>
        {
            var diff = usage[b.Name] - usage[a.Name];
            if (diff != 0)
            {
                return diff;
            }

            if (a is InterfaceType && schema.IsSubType(a, b))
            {
                return -1;
            }

            return b is InterfaceType && schema.IsSubType(b, a) ? 1 : Suggestions.NaturalCompare(a.Name, b.Name);
        })).Select(t => t.Name)];
    }

    private static void AddOnce(List<ImplementingType> list, ImplementingType type)
    {
        if (!list.Contains(type))
        {
            list.Add(type);
        }
    }
}
