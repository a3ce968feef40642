using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Execution;

/// <summary>
/// The plans of one parsed document: its fragments and, per (schema, operation), the root selection plan whose
/// planned fields cache their sub-plans. Attached weakly to the document, so every request with the same
/// <see cref="DocumentNode"/> (in particular one kept by a <see cref="Documents.DocumentCache"/>) executes without
/// re-collecting fields, and the plans are dropped with the document.
/// </summary>
internal sealed class DocumentPlans(DocumentNode document)
{
    private static readonly ConditionalWeakTable<DocumentNode, DocumentPlans> Attached = new();

    private readonly IReadOnlyDictionary<string, FragmentDefinitionNode> _fragments = document.Definitions
        .OfType<FragmentDefinitionNode>()
        .GroupBy(fragment => fragment.Name.Value, StringComparer.Ordinal)
        .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);

    private readonly ConcurrentDictionary<Schema, SelectionPlanner> _planners = new();
    private readonly ConcurrentDictionary<(Schema Schema, OperationDefinitionNode Operation), SelectionPlan> _roots = new();

    /// <summary>The plans attached to <paramref name="document"/>, created on first use.</summary>
    public static DocumentPlans For(DocumentNode document) => Attached.GetValue(document, static key => new DocumentPlans(key));

    public (SelectionPlanner Planner, SelectionPlan Root) Get(Schema schema, OperationDefinitionNode operation, ObjectType rootType)
    {
        var planner = _planners.GetOrAdd(schema, static (key, fragments) => new SelectionPlanner(key, fragments), _fragments);
        var root = _roots.GetOrAdd((schema, operation), static (key, state) => state.Planner.Plan(state.RootType, [(key.Operation.SelectionSet, [])]), (Planner: planner, RootType: rootType));
        return (planner, root);
    }
}
