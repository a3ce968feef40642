using System.Buffers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Serverless.Functions.Http;

/// <summary>
/// Turns an HTTP request into a <see cref="GraphQLHttpRequest"/> (reference §3.2; graphql-over-http "GET" and
/// "POST"). POST bodies are <c>application/json</c> (<c>{query, variables, operationName, extensions}</c>) or
/// <c>application/graphql</c> (the raw body is the query); GET takes the same parameters from the query string.
/// </summary>
public static class GraphQLRequestReader
{
    private const int InitialBuffer = 4096;
    private const int MaxInitialBuffer = 1 << 20;

    public static async Task<RequestReadResult> ReadPostAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var kind = ContentKind(request.ContentType);
        if (kind == BodyKind.Unsupported)
        {
            return RequestReadResult.Fail(HttpErrorBody.BadContentType);
        }

        var (buffer, length) = await ReadBodyAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            return FromBody(kind, buffer.AsMemory(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>GET: <c>query</c>, <c>operationName</c>, and <c>variables</c>/<c>extensions</c> as JSON text; empty = absent.</summary>
    public static RequestReadResult ReadGet(IQueryCollection parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var query = Single(parameters, "query");
        if (query is null)
        {
            return RequestReadResult.Fail(HttpErrorBody.QueryCannotBeNull);
        }

        IReadOnlyDictionary<string, object?>? variables = null;
        if (Single(parameters, "variables") is { } variablesText)
        {
            try
            {
                using var document = JsonDocument.Parse(variablesText);
                if (document.RootElement.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
                {
                    return RequestReadResult.Fail(HttpErrorBody.InvalidParameter("The 'variables' parameter must be a JSON object."));
                }

                variables = ToVariables(document.RootElement);
            }
            catch (JsonException exception)
            {
                return RequestReadResult.Fail(HttpErrorBody.MalformedJson(exception.Message));
            }
        }

        return RequestReadResult.Of(new GraphQLHttpRequest
        {
            Query = query,
            OperationName = Single(parameters, "operationName"),
            Variables = variables,
            QueriesOnly = true,
        });
    }

    private static RequestReadResult FromBody(BodyKind kind, ReadOnlyMemory<byte> body)
    {
        if (kind == BodyKind.GraphQL)
        {
            // §3.2: the whole body is the query; there is no way to pass variables or an operation name.
            var text = Encoding.UTF8.GetString(body.Span);
            return string.IsNullOrEmpty(text)
                ? RequestReadResult.Fail(HttpErrorBody.QueryCannotBeNull)
                : RequestReadResult.Of(new GraphQLHttpRequest { Query = text });
        }

        if (body.Length == 0)
        {
            // §3.2: an empty body, like a null one, has no query.
            return RequestReadResult.Fail(HttpErrorBody.QueryCannotBeNull);
        }

        // The document reads the pooled buffer in place; it is disposed (and variables cloned) before the buffer
        // goes back to the pool.
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException exception)
        {
            return RequestReadResult.Fail(HttpErrorBody.MalformedJson(exception.Message));
        }

        using (document)
        {
            return FromJson(document.RootElement);
        }
    }

    private static RequestReadResult FromJson(JsonElement root)
    {
        // §3.2: null, an array (batching is not supported) or a non-string query all mean "no query".
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("query", out var query)
            || query.ValueKind != JsonValueKind.String)
        {
            return RequestReadResult.Fail(HttpErrorBody.QueryCannotBeNull);
        }

        // graphql-over-http "JSON Encoding": null optional values are absent; other wrong types make the request
        // malformed (RESTHeart ignores them silently; a client sending them has a bug it should hear about).
        string? operationName = null;
        if (root.TryGetProperty("operationName", out var name) && name.ValueKind != JsonValueKind.Null)
        {
            if (name.ValueKind != JsonValueKind.String)
            {
                return RequestReadResult.Fail(HttpErrorBody.InvalidParameter("The 'operationName' parameter must be a string."));
            }

            operationName = name.GetString();
        }

        IReadOnlyDictionary<string, object?>? variables = null;
        if (root.TryGetProperty("variables", out var values) && values.ValueKind != JsonValueKind.Null)
        {
            if (values.ValueKind != JsonValueKind.Object)
            {
                return RequestReadResult.Fail(HttpErrorBody.InvalidParameter("The 'variables' parameter must be a JSON object."));
            }

            variables = ToVariables(values);
        }

        if (root.TryGetProperty("extensions", out var extensions) && extensions.ValueKind is not (JsonValueKind.Null or JsonValueKind.Object))
        {
            return RequestReadResult.Fail(HttpErrorBody.InvalidParameter("The 'extensions' parameter must be a JSON object."));
        }

        return RequestReadResult.Of(new GraphQLHttpRequest
        {
            Query = query.GetString()!,
            OperationName = operationName,
            Variables = variables,
        });
    }

    private static Dictionary<string, object?>? ToVariables(JsonElement values)
    {
        if (values.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        // Clone: the elements outlive the JsonDocument, which is disposed before execution. The object is cloned
        // once and its properties point into that copy; a Clone per value made a document per variable.
        var variables = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in values.Clone().EnumerateObject())
        {
            variables[property.Name] = property.Value;
        }

        return variables;
    }

    private static string? Single(IQueryCollection parameters, string name) =>
        parameters.TryGetValue(name, out StringValues values) && values.Count > 0 && !string.IsNullOrEmpty(values[0]) ? values[0] : null;

    private static BodyKind ContentKind(string? contentType)
    {
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            return BodyKind.Unsupported;
        }

        // §3.2 accepts any type starting with application/graphql; only the exact types are accepted here, so
        // that application/graphql-response+json (a response type) is not read as a raw query.
        if (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return BodyKind.Json;
        }

        return media.MediaType.Equals("application/graphql", StringComparison.OrdinalIgnoreCase) ? BodyKind.GraphQL : BodyKind.Unsupported;
    }

    /// <summary>The whole body in an array rented from the shared pool (the caller returns it), and its length.</summary>
    private static async Task<(byte[] Buffer, int Length)> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        // Content-Length, when sent and sane, sizes the first buffer so the usual body is read without growing.
        var buffer = ArrayPool<byte>.Shared.Rent(request.ContentLength is > 0 and < MaxInitialBuffer ? (int)request.ContentLength + 1 : InitialBuffer);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(checked(buffer.Length * 2));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return (buffer, length);
                }

                length += read;
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private enum BodyKind
    {
        Unsupported,
        Json,
        GraphQL,
    }
}
