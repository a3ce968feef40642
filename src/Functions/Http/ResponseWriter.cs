using System.Text.Encodings.Web;
using System.Text.Json;
using Serverless.GraphQL.Execution;

namespace Serverless.Functions.Http;

/// <summary>Writes GraphQL responses as UTF-8 JSON with the negotiated media type (reference §3.3).</summary>
public static class ResponseWriter
{
    // Relaxed escaping: JSON for machines, matching graphql-js's JSON.stringify output (no HTML-safe \u escapes).
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

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
        context.Response.ContentType = mediaType + "; charset=utf-8";
        using var buffer = new MemoryStream();
        await using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        context.Response.ContentLength = buffer.Length;
        await context.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken).ConfigureAwait(false);
    }
}
