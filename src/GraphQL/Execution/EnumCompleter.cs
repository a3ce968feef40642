using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Execution;

/// <summary>§6.4.3 CompleteValue for enums: the name of the value whose internal value matches (§3.9 result coercion).</summary>
internal sealed class EnumCompleter(EnumType enumType) : ValueCompleter
{
    public override bool IsLeaf => true;

    public override ValueTask<object?> CompleteAsync(FieldExecutor executor, FieldContext field, ResponsePath path, object? result) =>
        ValueTask.FromResult(CompleteLeaf(field.Planned, result));

    public override object? CompleteLeaf(PlannedField field, object? result) => result is null ? null : enumType.Serialize(result);
}
