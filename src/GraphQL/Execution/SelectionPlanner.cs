using Serverless.GraphQL.Introspection;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Execution;

/// <summary>Builds <see cref="SelectionPlan"/>s for one (schema, document); plans are cached by their owners.</summary>
internal sealed class SelectionPlanner(Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
{
    public Schema Schema { get; } = schema;

    public SelectionPlan Plan(ObjectType objectType, IEnumerable<(SelectionSetNode SelectionSet, IReadOnlyList<InclusionCondition> Conditions)> selectionSets)
    {
        var collector = new FieldCollector(Schema, fragments, objectType);
        foreach (var (selectionSet, conditions) in selectionSets)
        {
            collector.Collect(selectionSet, conditions);
        }

        var fields = new List<PlannedField>();
        foreach (var (key, occurrences) in collector.Groups)
        {
            var name = occurrences[0].Node.Name.Value;
            var definition = objectType.GetField(name) ?? IntrospectionFields.Find(Schema, objectType, name);
            if (definition is not null)
            {
                fields.Add(new PlannedField(key, objectType, definition, occurrences, isIntrospectionDisabled: false, Schema.SpecifiedScalarResultAdapter));
            }
            else if (IsForbiddenIntrospection(objectType, name) is { } forbidden)
            {
                fields.Add(new PlannedField(key, objectType, forbidden, occurrences, isIntrospectionDisabled: true, Schema.SpecifiedScalarResultAdapter));
            }

            // §6.3 ExecuteSelectionSet: a field the type does not define is skipped (validation rejects it anyway).
        }

        return new SelectionPlan(fields);
    }

    private Field? IsForbiddenIntrospection(ObjectType objectType, string name) =>
        Schema.IsIntrospectionEnabled || !ReferenceEquals(objectType, Schema.QueryType) ? null
        : name == IntrospectionFields.Schema.Name ? IntrospectionFields.Schema
        : name == IntrospectionFields.Type.Name ? IntrospectionFields.Type
        : null;
}
