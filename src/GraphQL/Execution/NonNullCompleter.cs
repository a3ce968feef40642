using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Execution;

/// <summary>§6.4.3 step 1: a non-null type completes its inner type and turns null into a field error.</summary>
internal sealed class NonNullCompleter(ValueCompleter inner) : ValueCompleter
{
    public override async ValueTask<object?> CompleteAsync(FieldExecutor executor, FieldContext field, ResponsePath path, object? result)
    {
        var completed = await inner.CompleteAsync(executor, field, path, result).ConfigureAwait(true);
        return completed ?? throw new GraphQLException($"Cannot return null for non-nullable field {field.ParentType.Name}.{field.Field.Name}.");
    }
}
