using System.Collections.Concurrent;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Execution;

/// <summary>
/// The plans of one parsed document: its fragments and, per (schema, operation), the root selection plan whose
/// planned fields cache their sub-plans. Kept alongside the document so a cached document executes without
/// re-collecting fields; dropped with it.
/// </summary>
internal sealed class DocumentPlans(DocumentNode document)
{
    private readonly IReadOnlyDictionary<string, FragmentDefinitionNode> _fragments = document.Definitions
        .OfType<FragmentDefinitionNode>()
        .GroupBy(fragment => fragment.Name.Value, StringComparer.Ordinal)
        .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);

    private readonly ConcurrentDictionary<Schema, SelectionPlanner> _planners = new();
    private readonly ConcurrentDictionary<(Schema Schema, OperationDefinitionNode Operation), SelectionPlan> _roots = new();

    public (SelectionPlanner Planner, SelectionPlan Root) Get(Schema schema, OperationDefinitionNode operation, ObjectType rootType)
    {
        var planner = _planners.GetOrAdd(schema, static (key, fragments) => new SelectionPlanner(key, fragments), _fragments);
        var root = _roots.GetOrAdd((schema, operation), static (key, state) => state.Planner.Plan(state.RootType, [(key.Operation.SelectionSet, [])]), (Planner: planner, RootType: rootType));
        return (planner, root);
    }
}
