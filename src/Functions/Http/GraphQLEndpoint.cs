using System.Diagnostics;
using Serverless.Core.Compilation;
using Serverless.Functions.Apps;
using Serverless.Functions.Configuration;

namespace Serverless.Functions.Http;

/// <summary>
/// <c>/graphql/{*app}</c>: the checks in RESTHeart's order (reference §3.1) — method, app lookup, CORS, preflight,
/// body, execution — and the status of every outcome per the §3.4 table with its [REC]s. GET runs queries only
/// (graphql-over-http "GET"; beyond RESTHeart, §15).
/// </summary>
public sealed partial class GraphQLEndpoint
{
    /// <summary>nginx's code for "client closed the request": logged only, never sent.</summary>
    private const int ClientClosedRequest = 499;

    private readonly AppCache _cache;
    private readonly ServiceSettings _settings;
    private readonly ILogger<GraphQLEndpoint> _logger;

    public GraphQLEndpoint(AppCache cache, ServiceSettings settings, ILogger<GraphQLEndpoint> logger)
    {
        _cache = cache;
        _settings = settings;
        _logger = logger;
    }

    public async Task HandleAsync(HttpContext context, string? app)
    {
        ArgumentNullException.ThrowIfNull(context);
        var started = Stopwatch.GetTimestamp();
        var uri = AppDocument.Normalize(app ?? string.Empty);
        long mongoCommands = 0;
        var abandoned = false;
        try
        {
            mongoCommands = await ServeAsync(context, uri, context.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away (in Azure: the proxy cancelled, azure-functions.md §6); nobody reads an answer.
            abandoned = true;
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            LogRequest(_logger, context.TraceIdentifier, uri, context.Request.Method, abandoned ? ClientClosedRequest : context.Response.StatusCode, elapsed.TotalMilliseconds, mongoCommands);
        }
    }

    private async Task<long> ServeAsync(HttpContext context, string uri, CancellationToken cancellationToken)
    {
        var method = context.Request.Method;
        CorsHeaders.Apply(context, _settings.Cors);

        // §3.1 step 1: the method is checked before the app exists.
        if (!HttpMethods.IsPost(method) && !HttpMethods.IsGet(method) && !HttpMethods.IsOptions(method))
        {
            context.Response.Headers.Allow = CorsHeaders.AllowedMethods;
            await ResponseWriter.WriteAsync(context, HttpErrorBody.MethodNotAllowed, cancellationToken).ConfigureAwait(false);
            return 0;
        }

        var lookup = await _cache.LookupAsync(uri, cancellationToken).ConfigureAwait(false);
        switch (lookup.Status)
        {
            case AppLookupStatus.NotFound:
                await ResponseWriter.WriteAsync(context, HttpErrorBody.AppNotFound, cancellationToken).ConfigureAwait(false);
                return 0;
            case AppLookupStatus.InvalidDefinition:
                await ResponseWriter.WriteAsync(context, HttpErrorBody.InvalidDefinition(lookup.Message!), cancellationToken).ConfigureAwait(false);
                return 0;
            case AppLookupStatus.DatabaseUnavailable:
                await ResponseWriter.WriteAsync(context, HttpErrorBody.DatabaseUnavailable(lookup.Message!), cancellationToken).ConfigureAwait(false);
                return 0;
        }

        if (HttpMethods.IsOptions(method))
        {
            // §3.1 step 5: 200, empty body, the preflight headers.
            CorsHeaders.ApplyPreflight(context, _settings.Cors);
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentLength = 0;
            return 0;
        }

        var read = HttpMethods.IsGet(method)
            ? GraphQLRequestReader.ReadGet(context.Request.Query)
            : await GraphQLRequestReader.ReadPostAsync(context.Request, cancellationToken).ConfigureAwait(false);
        if (read.Error is { } error)
        {
            await ResponseWriter.WriteAsync(context, error, cancellationToken).ConfigureAwait(false);
            return 0;
        }

        var request = read.Request!;
        var execution = await lookup.App!.ExecuteAsync(
            new AppRequest
            {
                Query = request.Query,
                OperationName = request.OperationName,
                Variables = request.Variables,
                QueriesOnly = request.QueriesOnly,
            },
            cancellationToken).ConfigureAwait(false);
        var status = StatusOf(execution);
        if (status == StatusCodes.Status405MethodNotAllowed)
        {
            // graphql-over-http "GET": a mutation over GET is refused with 405 and the methods that would work.
            context.Response.Headers.Allow = "POST";
        }

        await ResponseWriter.WriteAsync(context, status, execution.Result, cancellationToken).ConfigureAwait(false);
        return execution.MongoCommandCount;
    }

    /// <summary>§3.4: partial data is 200, errors without data 400, and the outcomes Core classified.</summary>
    internal static int StatusOf(AppExecutionResult execution) => execution.Outcome switch
    {
        AppOutcome.Completed => execution.Result.HasData && execution.Result.Data is not null
            ? StatusCodes.Status200OK
            : StatusCodes.Status400BadRequest,
        AppOutcome.RequestError => StatusCodes.Status400BadRequest,
        AppOutcome.OperationNotAllowed => StatusCodes.Status405MethodNotAllowed,
        AppOutcome.TimeLimitExceeded => StatusCodes.Status408RequestTimeout,
        AppOutcome.DatabaseUnavailable => StatusCodes.Status500InternalServerError,
        _ => throw new InvalidOperationException($"Unknown outcome {execution.Outcome}."),
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "graphql request {RequestId} app={App} method={Method} status={Status} duration={DurationMs:F1}ms mongoCommands={MongoCommands}")]
    private static partial void LogRequest(ILogger logger, string requestId, string app, string method, int status, double durationMs, long mongoCommands);
}
