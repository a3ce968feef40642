namespace Serverless.GraphQL.Batching;

/// <summary>
/// One item of a batch function's answer: either a value or the error of that key alone.
/// Create it with <see cref="BatchResult.Success{TValue}(TValue)"/> or <see cref="BatchResult.Failure{TValue}(Exception)"/>.
/// </summary>
/// <typeparam name="TValue">The value type.</typeparam>
public readonly struct BatchResult<TValue> : IEquatable<BatchResult<TValue>>
{
    internal BatchResult(TValue? value, Exception? error)
    {
        Value = value;
        Error = error;
    }

    /// <summary>The value when <see cref="Error"/> is null.</summary>
    public TValue? Value { get; }

    /// <summary>The key's error, or null when it loaded.</summary>
    public Exception? Error { get; }

    /// <summary>Whether the key loaded.</summary>
    public bool IsSuccess => Error is null;

    /// <inheritdoc />
    public bool Equals(BatchResult<TValue> other) =>
        EqualityComparer<TValue?>.Default.Equals(Value, other.Value) && Equals(Error, other.Error);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is BatchResult<TValue> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, Error);

    /// <summary>Value equality.</summary>
    /// <param name="left">The left item.</param>
    /// <param name="right">The right item.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(BatchResult<TValue> left, BatchResult<TValue> right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The left item.</param>
    /// <param name="right">The right item.</param>
    /// <returns>Whether both differ.</returns>
    public static bool operator !=(BatchResult<TValue> left, BatchResult<TValue> right) => !left.Equals(right);
}
