using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Validation;

/// <summary>
/// Validates a request document against a schema (spec §5, graphql-js 17 <c>validate</c>). The executor assumes a
/// document passed this validation.
/// </summary>
public static class DocumentValidator
{
    /// <summary>The errors of <paramref name="document"/>, in graphql-js order; empty when it is valid.</summary>
    /// <exception cref="SchemaValidationException">The schema itself breaks the type-system rules of §3.</exception>
    public static IReadOnlyList<ValidationError> Validate(Schema schema, DocumentNode document, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        options ??= ValidationOptions.Default;
        if (options.MaxErrors < 0)
        {
            throw new ArgumentException("MaxErrors must not be negative.", nameof(options));
        }

        // As graphql-js: the rules rely on a sound type system (e.g. implementations matching their interfaces).
        if (schema.Validate() is { Count: > 0 } schemaErrors)
        {
            throw new SchemaValidationException(schemaErrors);
        }

        var errors = new List<ValidationError>();
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, typeInfo, errors, options);
        var visitors = (options.Rules ?? SpecifiedRules.All).Select(rule => rule.CreateVisitor(context)).ToList();
        var walker = new ValidationWalker(typeInfo, visitors);
        context.Walker = walker;
        try
        {
            document.Accept(walker);
        }
        catch (ValidationAbortedException aborted)
        {
            errors.Add(new ValidationError(aborted.Message));
        }

        return errors;
    }
}
