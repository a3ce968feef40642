using System.Text.Json;

namespace Serverless.Functions.Http;

/// <summary>
/// The bodies the HTTP layer writes itself (reference §3.4): GraphQL-shaped
/// <c>{"errors":[{"message","locations":[],"extensions":{"classification"}}]}</c> for RESTHeart's own errors, and
/// RESTHeart's plain error document for a bad Content-Type (§3.2).
/// </summary>
public sealed class HttpErrorBody
{
    private readonly Action<Utf8JsonWriter> _write;

    private HttpErrorBody(int status, Action<Utf8JsonWriter> write, bool isGraphQLResponse = true)
    {
        Status = status;
        _write = write;
        IsGraphQLResponse = isGraphQLResponse;
    }

    public int Status { get; }

    /// <summary>
    /// False for RESTHeart's plain error document: graphql-over-http "Status Codes" forbids labelling a body that is
    /// not a GraphQL response as application/graphql-response+json, so it goes out as application/json.
    /// </summary>
    public bool IsGraphQLResponse { get; }

    /// <summary>405 (§3.4 first row).</summary>
    public static HttpErrorBody MethodNotAllowed { get; } = GraphQLShaped(StatusCodes.Status405MethodNotAllowed, "Method Not Allowed", "ExecutionAborted");

    /// <summary>404 for an unknown, disabled or empty app uri (§3.4).</summary>
    public static HttpErrorBody AppNotFound { get; } = GraphQLShaped(StatusCodes.Status404NotFound, "GraphQL app not found", "ExecutionAborted");

    /// <summary>400 when the body has no string query (§3.2).</summary>
    public static HttpErrorBody QueryCannotBeNull { get; } = GraphQLShaped(StatusCodes.Status400BadRequest, "Query cannot be null", "DataFetchingException");

    /// <summary>400 for a body with a Content-Type other than application/json or application/graphql (§3.2).</summary>
    public static HttpErrorBody BadContentType { get; } = new(StatusCodes.Status400BadRequest, writer =>
    {
        writer.WriteStartObject();
        writer.WriteNumber("http status code", 400);
        writer.WriteString("http status description", "Bad Request");
        writer.WriteString("message", "Bad request: Content-Type must be either application/graphql or application/json");
        writer.WriteEndObject();
    }, isGraphQLResponse: false);

    /// <summary>400 for a definition found in the database that does not load (§2.6).</summary>
    public static HttpErrorBody InvalidDefinition(string error) =>
        GraphQLShaped(StatusCodes.Status400BadRequest, "Invalid GraphQL app definition: " + error, "ExecutionAborted");

    /// <summary>500 when MongoDB cannot be reached while the app is loaded (§3.4).</summary>
    public static HttpErrorBody DatabaseUnavailable(string driverMessage) =>
        GraphQLShaped(StatusCodes.Status500InternalServerError, "Unable to establish a connection to the database: " + driverMessage, "ExecutionAborted");

    /// <summary>400 for a body that is not JSON (§3.2 [REC]: GraphQL-shaped, not RESTHeart's escaping 500).</summary>
    public static HttpErrorBody MalformedJson(string parserDetail) =>
        GraphQLShaped(StatusCodes.Status400BadRequest, "Bad Request: " + parserDetail, "ValidationError");

    /// <summary>400 for a request parameter of the wrong JSON type (graphql-over-http "JSON Encoding").</summary>
    public static HttpErrorBody InvalidParameter(string message) =>
        GraphQLShaped(StatusCodes.Status400BadRequest, message, "ValidationError");

    public void WriteTo(Utf8JsonWriter writer) => _write(writer);

    private static HttpErrorBody GraphQLShaped(int status, string message, string classification) => new(status, writer =>
    {
        writer.WriteStartObject();
        writer.WritePropertyName("errors");
        writer.WriteStartArray();
        writer.WriteStartObject();
        writer.WriteString("message", message);
        writer.WritePropertyName("locations");
        writer.WriteStartArray();
        writer.WriteEndArray();
        writer.WritePropertyName("extensions");
        writer.WriteStartObject();
        writer.WriteString("classification", classification);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    });
}
