using System.Text.Json;
using Serverless.Bson;
using Serverless.Functions.Apps;
using Serverless.Mongo;

namespace Serverless.Functions.Operations;

/// <summary>
/// <c>GET /healthz</c>: the process answers, MongoDB answers a ping within <see cref="PingBudget"/>, and the app
/// cache's state. 200 when MongoDB is reachable, 503 otherwise (the process is up but cannot serve apps).
/// </summary>
public sealed class HealthEndpoint
{
    public static readonly TimeSpan PingBudget = TimeSpan.FromSeconds(2);

    private static readonly BsonDocument Ping = new(new BsonElement("ping", 1));

    private readonly MongoClient _client;
    private readonly AppCache _cache;

    public HealthEndpoint(MongoClient client, AppCache cache)
    {
        _client = client;
        _cache = cache;
    }

    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (reachable, error) = await PingAsync(context.RequestAborted).ConfigureAwait(false);
        var state = _cache.State;
        context.Response.StatusCode = reachable ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var writer = new Utf8JsonWriter(context.Response.Body);
        writer.WriteStartObject();
        writer.WriteString("status", reachable ? "ok" : "degraded");
        writer.WritePropertyName("mongo");
        writer.WriteStartObject();
        writer.WriteBoolean("reachable", reachable);
        if (error is not null)
        {
            writer.WriteString("error", error);
        }

        writer.WriteEndObject();
        writer.WritePropertyName("appCache");
        writer.WriteStartObject();
        writer.WriteBoolean("enabled", state.Enabled);
        writer.WriteNumber("apps", state.Apps);
        writer.WriteNumber("invalid", state.Invalid);
        if (state.LastRefresh is { } last)
        {
            writer.WriteString("lastRefresh", last);
        }
        else
        {
            writer.WriteNull("lastRefresh");
        }

        if (state.LastRefreshError is not null)
        {
            writer.WriteString("lastRefreshError", state.LastRefreshError);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        await writer.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }

    private async Task<(bool Reachable, string? Error)> PingAsync(CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(PingBudget);
        try
        {
            await _client.GetDatabase("admin").RunCommandAsync(Ping, budget.Token).ConfigureAwait(false);
            return (true, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (false, $"no answer to ping within {PingBudget.TotalSeconds:0} s");
        }
        catch (Exception exception) when (MongoConnectivity.IsUnreachable(exception) || exception is MongoException)
        {
            return (false, exception.Message);
        }
    }
}
