using System.Text.Encodings.Web;
using System.Text.Json;
using Serverless.GraphQL.Execution;

namespace Serverless.Functions.Http;

/// <summary>Writes GraphQL responses as UTF-8 JSON with the negotiated media type (reference §3.3).</summary>
public static class ResponseWriter
{
    // Relaxed escaping: JSON for machines, matching graphql-js's JSON.stringify output (no HTML-safe \u escapes).
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private const string GraphQLResponseContentType = ResponseMediaType.GraphQLResponse + "; charset=utf-8";
    private const string JsonContentType = ResponseMediaType.Json + "; charset=utf-8";

    public static Task WriteAsync(HttpContext context, int status, ExecutionResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        return WriteAsync(context, status, ResponseMediaType.Choose(context.Request.Headers.Accept), result.WriteTo, cancellationToken);
    }

    public static Task WriteAsync(HttpContext context, HttpErrorBody error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(error);
        var mediaType = error.IsGraphQLResponse ? ResponseMediaType.Choose(context.Request.Headers.Accept) : ResponseMediaType.Json;
        return WriteAsync(context, error.Status, mediaType, error.WriteTo, cancellationToken);
    }

    private static async Task WriteAsync(HttpContext context, int status, string mediaType, Action<Utf8JsonWriter> write, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentTypeOf(mediaType);

        // The body goes into the server's pooled response pipe. Nothing is sent before the flush, so the
        // Content-Length can still be set from the bytes written: no buffer of our own per response (a MemoryStream
        // grown and copied per response cost the load benchmark's requests 1.4-6.3 KB each, 2026-11-22).
        var body = context.Response.BodyWriter;
        await using (var writer = new Utf8JsonWriter(body, WriterOptions))
        {
            write(writer);
            writer.Flush();
            context.Response.ContentLength = writer.BytesCommitted;
        }

        await body.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string ContentTypeOf(string mediaType) => mediaType switch
    {
        ResponseMediaType.GraphQLResponse => GraphQLResponseContentType,
        ResponseMediaType.Json => JsonContentType,
        _ => mediaType + "; charset=utf-8",
    };
}
