namespace Serverless.GraphQL.Types;

/// <summary>
/// A value could not be coerced to a type (§3.5 result/input coercion, §6.4.1 CoerceVariableValues,
/// §6.4.2 CoerceArgumentValues). The message is client-facing, in graphql-js wording.
/// </summary>
public class CoercionException : Exception
{
    public CoercionException()
    {
    }

    public CoercionException(string message)
        : base(message)
    {
    }

    public CoercionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Where inside the value the problem is: field names and list indices from the outermost value.</summary>
    public IReadOnlyList<object> ValuePath { get; init; } = [];
}
