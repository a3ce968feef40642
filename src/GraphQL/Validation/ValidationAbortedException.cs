namespace Serverless.GraphQL.Validation;

/// <summary>
/// Unwinds the document walk once <see cref="ValidationOptions.MaxErrors"/> is reached or a rule's work budget is spent;
/// the validator turns its message into the last error and never lets it escape.
/// </summary>
internal sealed class ValidationAbortedException : Exception
{
    public const string TooManyErrors = "Too many validation errors, error limit reached. Validation aborted.";

    public const string Aborted = "Validation aborted.";

    public ValidationAbortedException()
        : base(TooManyErrors)
    {
    }

    public ValidationAbortedException(string message)
        : base(message)
    {
    }

    public ValidationAbortedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
