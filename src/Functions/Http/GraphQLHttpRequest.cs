namespace Serverless.Functions.Http;

/// <summary>
/// A well-formed GraphQL-over-HTTP request (graphql-over-http "Request Parameters"): the query text plus the optional
/// operation name and variables. Extensions are accepted and ignored, as by RESTHeart (reference §3.2).
/// </summary>
public sealed record GraphQLHttpRequest
{
    public required string Query { get; init; }

    public string? OperationName { get; init; }

    /// <summary>Variable values as cloned <see cref="System.Text.Json.JsonElement"/>s (the engine's neutral model accepts them).</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>True for GET: only query operations may run (graphql-over-http "GET": mutations get 405).</summary>
    public bool QueriesOnly { get; init; }
}
