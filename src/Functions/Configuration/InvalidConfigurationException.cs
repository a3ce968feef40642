namespace Serverless.Functions.Configuration;

/// <summary>
/// The service's configuration cannot be used; the message lists every problem with the setting's name, so
/// start-up fails with one clear message instead of at the first request.
/// </summary>
public sealed class InvalidConfigurationException : Exception
{
    public InvalidConfigurationException()
    {
    }

    public InvalidConfigurationException(string message)
        : base(message)
    {
    }

    public InvalidConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
