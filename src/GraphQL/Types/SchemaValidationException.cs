namespace Serverless.GraphQL.Types;

/// <summary>Building a schema failed: the SDL or the resulting type system broke one or more rules.</summary>
public class SchemaValidationException : Exception
{
    public SchemaValidationException()
    {
    }

    public SchemaValidationException(string message)
        : base(message)
    {
    }

    public SchemaValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SchemaValidationException(IReadOnlyList<SchemaError> errors)
        : base(string.Join("\n\n", (errors ?? throw new ArgumentNullException(nameof(errors))).Select(error => error.Message)))
    {
        Errors = errors;
    }

    public IReadOnlyList<SchemaError> Errors { get; } = [];
}
