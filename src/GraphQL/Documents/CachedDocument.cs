using Serverless.GraphQL.Execution;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Validation;

namespace Serverless.GraphQL.Documents;

/// <summary>
/// One query text as a <see cref="DocumentCache"/> keeps it: parsed and validated once (§2, §5), with the outcome
/// that every later request with the same text gets back unchanged — the syntax tree and its execution plans, or
/// the request errors (§7.1.1) as the very same list.
/// </summary>
public sealed class CachedDocument
{
    private readonly byte[] _queryUtf8;

    private CachedDocument(byte[] queryUtf8, UInt128 key, DocumentNode? document, GraphQLSyntaxException? syntaxError, IReadOnlyList<ValidationError> validationErrors)
    {
        _queryUtf8 = queryUtf8;
        Key = key;
        Document = document;
        SyntaxError = syntaxError;
        ValidationErrors = validationErrors;
        Errors = syntaxError is not null ? [ToError(syntaxError)] : [.. validationErrors.Select(ToError)];
        Plans = document is not null && Errors.Count == 0 ? DocumentPlans.For(document) : null;
    }

    /// <summary>The syntax tree; null when the text is not a document (<see cref="SyntaxError"/>).</summary>
    public DocumentNode? Document { get; }

    /// <summary>Why the text did not parse (a limit breach included), or null.</summary>
    public GraphQLSyntaxException? SyntaxError { get; }

    /// <summary>The §5 validation errors of <see cref="Document"/>; empty when it is valid or did not parse.</summary>
    public IReadOnlyList<ValidationError> ValidationErrors { get; }

    /// <summary>The request errors to answer with (§7.1.1: no "data" entry), in graphql-js order; empty when valid.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>Whether the document parsed and passed validation, so it may be executed.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>The UTF-8 query text the entry was made from.</summary>
    public ReadOnlyMemory<byte> QueryUtf8 => _queryUtf8;

    /// <summary>The execution plans of the document, created with the entry so that they live (and are reused) as long as it.</summary>
    internal DocumentPlans? Plans { get; }

    /// <summary>The 128-bit hash of <see cref="QueryUtf8"/> the cache files the entry under.</summary>
    internal UInt128 Key { get; }

    /// <summary>Parses <paramref name="queryUtf8"/> (taking ownership of the array) and validates it against the cache's schema.</summary>
    /// <exception cref="Types.SchemaValidationException">The schema itself is invalid (nothing is cached then).</exception>
    internal static CachedDocument Create(byte[] queryUtf8, UInt128 key, Types.Schema schema, DocumentCacheOptions options)
    {
        DocumentNode document;
        try
        {
            document = Parser.ParseOwned(queryUtf8, options.Parser);
        }
        catch (GraphQLSyntaxException syntaxError)
        {
            return new CachedDocument(queryUtf8, key, null, syntaxError, []);
        }

        var errors = DocumentValidator.Validate(schema, document, options.Validation);
        return new CachedDocument(queryUtf8, key, document, null, errors);
    }

    /// <summary>An entry for a text that cannot be cached (a lone UTF-16 surrogate has no UTF-8 form).</summary>
    internal static CachedDocument Uncacheable(GraphQLSyntaxException syntaxError) => new([], default, null, syntaxError, []);

    /// <summary>Whether the entry was made from exactly these bytes (rules out a hash collision).</summary>
    internal bool HasText(ReadOnlySpan<byte> queryUtf8) => queryUtf8.SequenceEqual(_queryUtf8);

    // graphql-js reports a GraphQLError from parse() with the syntax error's location (§7.1.2 "locations").
    private static GraphQLError ToError(GraphQLSyntaxException error) =>
        new(error.Message, error.Line > 0 ? [new Execution.ErrorLocation(error.Line, error.Column)] : []);

    private static GraphQLError ToError(ValidationError error) =>
        new(error.Message, [.. error.Locations.Select(location => new Execution.ErrorLocation(location.Line, location.Column))]);
}
