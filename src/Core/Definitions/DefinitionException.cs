namespace Serverless.Core.Definitions;

/// <summary>
/// Stops the checks at the first problem (§2.5: the first failure wins). Internal on purpose: it never leaves
/// <see cref="AppDefinitionLoader"/>, which turns it into <see cref="DefinitionResult.Invalid"/>.
/// </summary>
internal sealed class DefinitionException : Exception
{
    public DefinitionException()
    {
    }

    public DefinitionException(string message)
        : base(message)
    {
    }

    public DefinitionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
