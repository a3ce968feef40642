using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Execution;

/// <summary>
/// §6.4.3 CompleteValue for scalars: result coercion (§3.5); a <see cref="CoercionException"/> is a field error.
/// <paramref name="adapter"/> (specified scalars only) first adapts host values that are not canonical (§3.5 allows it).
/// </summary>
internal sealed class ScalarCompleter(ScalarType scalar, SpecifiedScalarResultAdapter? adapter = null) : ValueCompleter
{
    // A value already in the built-in scalar's result representation serializes to itself; returning the same box
    // skips the coercion's re-boxing (one allocation per Int/Float/Boolean value).
    private readonly Type? _canonical =
        ReferenceEquals(scalar, ScalarType.String) || ReferenceEquals(scalar, ScalarType.ID) ? typeof(string)
        : ReferenceEquals(scalar, ScalarType.Int) ? typeof(int)
        : ReferenceEquals(scalar, ScalarType.Boolean) ? typeof(bool)
        : ReferenceEquals(scalar, ScalarType.Float) ? typeof(double)
        : null;

    public override bool IsLeaf => true;

    public override ValueTask<object?> CompleteAsync(FieldExecutor executor, FieldContext field, ResponsePath path, object? result) =>
        ValueTask.FromResult(CompleteLeaf(field.Planned, result));

    public override object? CompleteLeaf(PlannedField field, object? result)
    {
        if (result is null)
        {
            return null;
        }

        if (IsCanonical(result))
        {
            return result;
        }

        if (adapter is not null)
        {
            result = adapter(scalar, result);
            if (result is null)
            {
                return null;
            }

            if (IsCanonical(result))
            {
                return result;
            }
        }

        // graphql-js: a serializer returning null for a non-null input is a scalar bug, not a null result.
        return scalar.Serialize(result)
            ?? throw new InvalidOperationException($"Expected `{scalar.Name}.serialize({result})` to return non-nullish value, returned: null");
    }

    private bool IsCanonical(object result) =>
        _canonical is not null && result.GetType() == _canonical && (result is not double number || double.IsFinite(number));
}
