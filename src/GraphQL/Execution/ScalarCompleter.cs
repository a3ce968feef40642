using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Execution;

/// <summary>§6.4.3 CompleteValue for scalars: result coercion (§3.5); a <see cref="CoercionException"/> is a field error.</summary>
internal sealed class ScalarCompleter(ScalarType scalar) : ValueCompleter
{
    public override ValueTask<object?> CompleteAsync(FieldExecutor executor, FieldContext field, ResponsePath path, object? result)
    {
        if (result is null)
        {
            return ValueTask.FromResult<object?>(null);
        }

        // graphql-js: a serializer returning null for a non-null input is a scalar bug, not a null result.
        var serialized = scalar.Serialize(result)
            ?? throw new InvalidOperationException($"Expected `{scalar.Name}.serialize({result})` to return non-nullish value, returned: null");
        return ValueTask.FromResult<object?>(serialized);
    }
}
