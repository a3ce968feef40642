namespace Serverless.Core.Interpolation;

/// <summary>
/// A run-time mapping failure that becomes a field error with exactly <see cref="Exception.Message"/> as its text
/// (e.g. <c>variable &lt;name&gt; not bound</c> §6.2, <c>Query variable cannot be greater than &lt;max&gt;</c> §6.1 step 4,
/// <c>invalid stage: &lt;json&gt;</c> §7.1 step 3).
/// </summary>
public sealed class MappingException : Exception
{
    public MappingException(string message)
        : base(message)
    {
    }

    public MappingException()
    {
    }

    public MappingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
