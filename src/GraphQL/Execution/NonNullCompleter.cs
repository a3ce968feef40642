namespace Serverless.GraphQL.Execution;

/// <summary>§6.4.3 step 1: a non-null type completes its inner type and turns null into a field error.</summary>
internal sealed class NonNullCompleter(ValueCompleter inner) : ValueCompleter
{
    public ValueCompleter Inner => inner;

    public override bool IsLeaf => inner.IsLeaf;

    public override ValueTask<object?> CompleteAsync(FieldExecutor executor, FieldContext field, ResponsePath path, object? result)
    {
        var completion = inner.CompleteAsync(executor, field, path, result);
        if (completion.IsCompletedSuccessfully)
        {
            // Synchronous completion (leaves, objects whose fields all resolved at once) needs no state machine.
            return ValueTask.FromResult<object?>(completion.Result ?? throw NullError(field.Planned));
        }

        return AwaitAsync(completion, field.Planned);
    }

    public override object? CompleteLeaf(PlannedField field, object? result) => inner.CompleteLeaf(field, result) ?? throw NullError(field);

    private static async ValueTask<object?> AwaitAsync(ValueTask<object?> completion, PlannedField field) =>
        await completion.ConfigureAwait(true) ?? throw NullError(field);

    /// <summary>§6.4.3 step 1.c's field error, in graphql-js wording.</summary>
    public static GraphQLException NullError(PlannedField field) =>
        new($"Cannot return null for non-nullable field {field.ParentType.Name}.{field.Definition.Name}.");
}
