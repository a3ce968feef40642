using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Execution;

/// <summary>§6.4.3 CompleteValue for object types: execute the merged sub-selection on the value.</summary>
internal sealed class ObjectCompleter(ObjectType objectType) : ValueCompleter
{
    public ObjectType ObjectType => objectType;

    public override ValueTask<object?> CompleteAsync(FieldExecutor executor, FieldContext field, ResponsePath path, object? result) =>
        result is null ? ValueTask.FromResult<object?>(null) : executor.CompleteObjectAsync(objectType, field, path, result);
}
