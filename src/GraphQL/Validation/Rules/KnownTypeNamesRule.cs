using Serverless.GraphQL.Diagnostics;
using Serverless.GraphQL.Introspection;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Validation.Rules;

/// <summary>§5.5.1.2 Fragment Spread Type Existence and §5.8.2: every named type reference names a known type.</summary>
internal sealed class KnownTypeNamesRule(ValidationContext context) : ValidationVisitor
{
    private static readonly string[] StandardTypeNames =
        [.. ScalarType.SpecifiedScalars.Select(t => t.Name), .. IntrospectionTypes.All.Select(t => t.Name)];

    private HashSet<string>? _documentTypeNames;

    public override void EnterNamedType(NamedTypeNode node)
    {
        var name = node.Name.Value;
        _documentTypeNames ??= new(context.Document.Definitions.OfType<TypeDefinitionNode>().Select(d => d.Name.Value), StringComparer.Ordinal);
        if (context.Schema.Types.ContainsKey(name) || _documentTypeNames.Contains(name))
        {
            return;
        }

        // Type-system definitions in a request are already errors (§5.1.1); built-in names in them are not reported again.
        var ancestors = context.Ancestors;
        var definition = ancestors.Count > 1 ? ancestors[1] : null;
        var isSdl = definition is TypeSystemDefinitionNode or TypeSystemExtensionNode;
        if (isSdl && StandardTypeNames.Contains(name))
        {
            return;
        }

        IReadOnlyList<string> suggestions = [];
        if (!context.HideSuggestions)
        {
            var candidates = context.Schema.Types.Keys.Concat(_documentTypeNames);
            suggestions = Suggestions.Rank(name, isSdl ? StandardTypeNames.Concat(candidates) : candidates);
        }

        context.ReportError($"Unknown type \"{name}\".{Suggestions.DidYouMean(suggestions)}", node);
    }
}
