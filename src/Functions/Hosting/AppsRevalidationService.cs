using Serverless.Functions.Apps;
using Serverless.Functions.Configuration;
using Serverless.Mongo;

namespace Serverless.Functions.Hosting;

/// <summary>
/// The standalone updater (reference §14): every app-cache-ttr, one revalidation pass. In Azure the appsUpdater
/// timer function triggers passes too, but Flex Consumption scales the timer in its own instances
/// (azure-functions.md §2), so each HTTP instance keeps this timer to converge on its own within one TTR.
/// </summary>
public sealed partial class AppsRevalidationService : BackgroundService
{
    private readonly AppCache _cache;
    private readonly ServiceSettings _settings;
    private readonly TimeProvider _time;
    private readonly ILogger<AppsRevalidationService> _logger;

    public AppsRevalidationService(AppCache cache, ServiceSettings settings, TimeProvider time, ILogger<AppsRevalidationService> logger)
    {
        _cache = cache;
        _settings = settings;
        _time = time;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_settings.AppCacheEnabled || !_settings.InProcessUpdater)
        {
            return;
        }

        using var timer = new PeriodicTimer(_settings.AppCacheTtr, _time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await _cache.RefreshAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is MongoException || MongoConnectivity.IsUnreachable(exception))
            {
                // The cache keeps serving what it has; the next tick retries (§14: "any other error" is transient here).
                LogRefreshFailed(_logger, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "App cache revalidation failed; retrying at the next tick")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
