using Serverless.GraphQL.Batching;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Execution;

/// <summary>The context of one field invocation (§6.4.3 ResolveFieldValue); also carries what completion needs.</summary>
internal sealed class FieldContext(
    ExecutionState state,
    PlannedField planned,
    IReadOnlyList<FieldNode> fieldNodes,
    object? parent,
    IReadOnlyDictionary<string, object?> arguments,
    ResponsePath path) : IExecutionFieldContext
{
    private IReadOnlyList<object>? _path;

    public PlannedField Planned { get; } = planned;

    public Schema Schema => state.Schema;

    public ObjectType ParentType => Planned.ParentType;

    public Field Field => Planned.Definition;

    public object? Parent { get; } = parent;

    public IReadOnlyDictionary<string, object?> Arguments { get; } = arguments;

    public IReadOnlyList<object> Path => _path ??= path.ToList();

    public CancellationToken CancellationToken => state.CancellationToken;

    public DataLoaderRegistry Loaders => state.Loaders;

    public IServiceProvider? Services => state.Request.Services;

    public IReadOnlyList<FieldNode> FieldNodes { get; } = fieldNodes;

    public OperationDefinitionNode Operation => state.Operation;

    public IReadOnlyDictionary<string, object?> Variables => state.Variables;

    public object? RootValue => state.Request.RootValue;
}
