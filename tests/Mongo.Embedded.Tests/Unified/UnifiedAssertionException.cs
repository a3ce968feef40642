namespace Serverless.Mongo.Embedded.Tests.Unified;

/// <summary>A unified test's expectation was not met, or it uses something the runner does not support; the message says which.</summary>
public sealed class UnifiedAssertionException : Exception
{
    public UnifiedAssertionException()
    {
    }

    public UnifiedAssertionException(string message)
        : base(message)
    {
    }

    public UnifiedAssertionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
