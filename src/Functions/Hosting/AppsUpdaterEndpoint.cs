using System.Text.Json;
using Serverless.Functions.Apps;
using Serverless.Mongo;

namespace Serverless.Functions.Hosting;

/// <summary>
/// <c>POST /appsUpdater</c>: the Functions host's timer invocation (azure-functions.md §2). The host posts the JSON
/// envelope <c>{Data, Metadata}</c> and needs a 2xx JSON object <c>{Outputs, Logs, ReturnValue}</c> back — an
/// empty body would hang the invocation until functionTimeout; a non-2xx marks it failed.
/// </summary>
public sealed partial class AppsUpdaterEndpoint
{
    private readonly AppCache _cache;
    private readonly ILogger<AppsUpdaterEndpoint> _logger;

    public AppsUpdaterEndpoint(AppCache cache, ILogger<AppsUpdaterEndpoint> logger)
    {
        _cache = cache;
        _logger = logger;
    }

    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cancellationToken = context.RequestAborted;
        if (await ReadEnvelopeErrorAsync(context.Request, cancellationToken).ConfigureAwait(false) is { } envelopeError)
        {
            await WriteAsync(context, StatusCodes.Status400BadRequest, [envelopeError], cancellationToken).ConfigureAwait(false);
            return;
        }

        try
        {
            var report = await _cache.RefreshAsync(cancellationToken).ConfigureAwait(false);
            await WriteAsync(context, StatusCodes.Status200OK, [report.Summary, .. report.Changes], cancellationToken).ConfigureAwait(false);
        }
        catch (MongoException exception)
        {
            LogFailed(_logger, exception);
            await WriteAsync(context, StatusCodes.Status500InternalServerError, ["app cache revalidation failed: " + exception.Message], cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The host always sends a JSON object (possibly without Data for a manual run); anything else is not the host.</summary>
    private static async Task<string?> ReadEnvelopeErrorAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        if (buffer.Length == 0)
        {
            return null;
        }

        try
        {
            using var envelope = JsonDocument.Parse(buffer.ToArray());
            return envelope.RootElement.ValueKind == JsonValueKind.Object ? null : "the invocation payload must be a JSON object {Data, Metadata}";
        }
        catch (JsonException exception)
        {
            return "the invocation payload is not JSON: " + exception.Message;
        }
    }

    private static async Task WriteAsync(HttpContext context, int status, IReadOnlyList<string> logs, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var writer = new Utf8JsonWriter(context.Response.Body);
        writer.WriteStartObject();
        writer.WritePropertyName("Outputs");
        writer.WriteStartObject();
        writer.WriteEndObject();
        writer.WritePropertyName("Logs");
        writer.WriteStartArray();
        foreach (var line in logs)
        {
            writer.WriteStringValue(line);
        }

        writer.WriteEndArray();
        writer.WriteNull("ReturnValue");
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "appsUpdater invocation failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
