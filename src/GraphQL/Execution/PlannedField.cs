using System.Collections.Concurrent;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Execution;

/// <summary>
/// One response key of a <see cref="SelectionPlan"/>: the field definition, resolver and value completer looked up
/// once, argument values coerced once when they use no variables, and the sub-selection plans per object type.
/// </summary>
internal sealed class PlannedField
{
    private static readonly IReadOnlyDictionary<string, object?> NoArguments = new Dictionary<string, object?>();

    private readonly ConcurrentDictionary<ObjectType, SelectionPlan> _children = new();
    private readonly Lazy<IReadOnlyDictionary<string, object?>>? _constantArguments;

    // The plan of the first object type seen: a field of an object type only ever has that one.
    private ChildPlan? _firstChild;

    public PlannedField(string responseKey, ObjectType parentType, Field definition, IReadOnlyList<FieldOccurrence> occurrences, bool isIntrospectionDisabled, SpecifiedScalarResultAdapter? scalarAdapter = null)
    {
        ResponseKey = responseKey;
        ParentType = parentType;
        Definition = definition;
        Occurrences = occurrences;
        FieldNodes = [.. occurrences.Select(occurrence => occurrence.Node).Distinct()];
        HasConditions = occurrences.Any(occurrence => occurrence.Conditions.Count > 0);
        IsIntrospectionDisabled = isIntrospectionDisabled;
        Resolver = definition.Resolver ?? DefaultResolvers.ReadMember;
        Completer = ValueCompleter.For(definition.Type, scalarAdapter);
        IsNonNull = definition.Type is NonNullType;
        var readsMember = definition.Resolver is null && definition.Arguments.Count == 0 && !isIntrospectionDisabled;
        ReadsLeafMember = readsMember && Completer.IsLeaf;
        MemberObjectType = !readsMember ? null : Completer switch
        {
            ObjectCompleter objectCompleter => objectCompleter.ObjectType,
            NonNullCompleter { Inner: ObjectCompleter objectCompleter } => objectCompleter.ObjectType,
            _ => null,
        };

        // §6.4.2: fields merged under one key have identical arguments (validation §5.3.2), so the first node decides.
        var node = FieldNodes[0];
        if (definition.Arguments.Count == 0)
        {
            _constantArguments = new(NoArguments);
        }
        else if (!ArgumentCoercer.UsesVariables(node))
        {
            // Thread-safe Lazy caches a coercion error too, so every execution reports the same field error.
            _constantArguments = new(() => ArgumentCoercer.Coerce(definition, node, NoArguments));
        }
    }

    public string ResponseKey { get; }

    public ObjectType ParentType { get; }

    public Field Definition { get; }

    public IReadOnlyList<FieldOccurrence> Occurrences { get; }

    public IReadOnlyList<FieldNode> FieldNodes { get; }

    public bool HasConditions { get; }

    /// <summary>A <c>__schema</c>/<c>__type</c> selection on a schema that forbids introspection (§4).</summary>
    public bool IsIntrospectionDisabled { get; }

    public FieldResolver Resolver { get; }

    public ValueCompleter Completer { get; }

    public bool IsNonNull { get; }

    /// <summary>
    /// A leaf field without arguments read by the default resolver: the executor resolves and completes it
    /// synchronously, with no context or path unless it fails (most fields of a typical response).
    /// </summary>
    public bool ReadsLeafMember { get; }

    /// <summary>
    /// The object type of a field without arguments read by the default resolver (possibly non-null): the executor
    /// goes straight to its sub-selection without a context.
    /// </summary>
    public ObjectType? MemberObjectType { get; }

    /// <exception cref="GraphQLException">An argument is missing or invalid (§6.4.2).</exception>
    public IReadOnlyDictionary<string, object?> GetArguments(IReadOnlyDictionary<string, object?> variables) =>
        _constantArguments?.Value ?? ArgumentCoercer.Coerce(Definition, FieldNodes[0], variables);

    /// <summary>§6.4.3 CollectSubfields, planned once per object type; occurrences keep their conditions.</summary>
    public SelectionPlan GetChildPlan(ObjectType objectType, SelectionPlanner planner)
    {
        if (Volatile.Read(ref _firstChild) is { } first && ReferenceEquals(first.Type, objectType))
        {
            return first.Plan;
        }

        var plan = _children.GetOrAdd(objectType, static (type, state) => state.Planner.Plan(type, state.Self.SubSelections()), (Self: this, Planner: planner));
        Interlocked.CompareExchange(ref _firstChild, new ChildPlan(objectType, plan), null);
        return plan;
    }

    private IEnumerable<(SelectionSetNode SelectionSet, IReadOnlyList<InclusionCondition> Conditions)> SubSelections() =>
        Occurrences
            .Where(occurrence => occurrence.Node.SelectionSet is not null)
            .Select(occurrence => (occurrence.Node.SelectionSet!, occurrence.Conditions));

    private sealed record ChildPlan(ObjectType Type, SelectionPlan Plan);
}
