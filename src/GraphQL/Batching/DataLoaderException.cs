namespace Serverless.GraphQL.Batching;

/// <summary>
/// A batch function broke its contract (for example it returned a different number of results than keys),
/// so every key of that batch fails with this error.
/// </summary>
public sealed class DataLoaderException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DataLoaderException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    public DataLoaderException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public DataLoaderException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
