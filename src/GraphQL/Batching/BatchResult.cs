namespace Serverless.GraphQL.Batching;

/// <summary>Creates <see cref="BatchResult{TValue}"/> items for batch functions that report per-key errors.</summary>
public static class BatchResult
{
    /// <summary>The key loaded successfully.</summary>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="value">The value for the key.</param>
    /// <returns>A successful result.</returns>
    public static BatchResult<TValue> Success<TValue>(TValue value) => new(value, null);

    /// <summary>The key failed; only the loads of this key fail, the rest of the batch is unaffected.</summary>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="error">Why the key failed.</param>
    /// <returns>A failed result.</returns>
    public static BatchResult<TValue> Failure<TValue>(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new BatchResult<TValue>(default, error);
    }
}
