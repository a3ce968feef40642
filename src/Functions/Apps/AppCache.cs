using System.Collections.Concurrent;
using Serverless.Bson;
using Serverless.Core.Compilation;
using Serverless.Functions.Configuration;

namespace Serverless.Functions.Apps;

/// <summary>
/// Compiled apps keyed by (definitions db, collection, uri) (reference §14). Start-up and every revalidation
/// read all definitions and compare <see cref="AppCompiler.VersionOf"/>: changed → recompiled, deleted or disabled
/// → evicted (§14 [REC]: a content hash instead of RESTHeart's <c>_etag</c>). A miss loads the one definition.
/// Each definition compiles on its own, so one invalid app never affects the others. With the cache disabled
/// every request loads and compiles (§1 app-cache-enabled).
/// </summary>
public sealed partial class AppCache : IDisposable
{
    private readonly ConcurrentDictionary<AppCacheKey, CachedApp> _apps = new();
    private readonly SemaphoreSlim _refreshGate = new(1, 1);
    private readonly AppDefinitionStore _store;
    private readonly AppCompiler _compiler;
    private readonly ServiceSettings _settings;
    private readonly TimeProvider _time;
    private readonly ILogger<AppCache> _logger;
    private DateTimeOffset? _lastRefresh;
    private string? _lastRefreshError;

    public AppCache(AppDefinitionStore store, AppCompiler compiler, ServiceSettings settings, TimeProvider time, ILogger<AppCache> logger)
    {
        _store = store;
        _compiler = compiler;
        _settings = settings;
        _time = time;
        _logger = logger;
    }

    public AppCacheState State => new(
        _settings.AppCacheEnabled,
        _apps.Count,
        _apps.Values.Count(entry => entry.Error is not null),
        _lastRefresh,
        _lastRefreshError);

    /// <summary>The app serving <paramref name="uri"/> (§3.1 step 2).</summary>
    public async Task<AppLookup> LookupAsync(string uri, CancellationToken cancellationToken)
    {
        uri = AppDocument.Normalize(uri);
        if (uri.Length == 0)
        {
            return AppLookup.NotFound;
        }

        var key = KeyOf(uri);
        if (_settings.AppCacheEnabled && _apps.TryGetValue(key, out var cached))
        {
            return ToLookup(cached);
        }

        BsonDocument? definition;
        try
        {
            definition = await _store.FindAsync(uri, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (MongoConnectivity.IsUnreachable(exception) && !cancellationToken.IsCancellationRequested)
        {
            LogDatabaseUnavailable(_logger, uri, exception);
            return new AppLookup(AppLookupStatus.DatabaseUnavailable, null, exception.Message);
        }

        if (definition is null)
        {
            return AppLookup.NotFound;
        }

        var entry = Compile(uri, definition, AppCompiler.VersionOf(definition));
        if (_settings.AppCacheEnabled)
        {
            _apps[key] = entry;
        }

        return ToLookup(entry);
    }

    /// <summary>One revalidation pass (§14); passes never overlap (the timer and appsUpdater may both ask).</summary>
    /// <exception cref="Serverless.Mongo.MongoException">The definitions could not be read; the cache is left as it was.</exception>
    public async Task<CacheRefreshReport> RefreshAsync(CancellationToken cancellationToken)
    {
        if (!_settings.AppCacheEnabled)
        {
            return new CacheRefreshReport(0, 0, 0, 0, 0, ["app cache disabled: every request loads its app"]);
        }

        await _refreshGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            IReadOnlyList<BsonDocument> definitions;
            try
            {
                definitions = await _store.LoadAllAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                _lastRefreshError = exception.Message;
                throw;
            }

            var report = Apply(Current(definitions));
            _lastRefresh = _time.GetUtcNow();
            _lastRefreshError = null;
            LogRefreshed(_logger, report.Summary);
            return report;
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    public void Dispose() => _refreshGate.Dispose();

    // The first enabled document per uri wins, as the §2.2 lookup takes the first match.
    private static Dictionary<string, BsonDocument> Current(IReadOnlyList<BsonDocument> definitions)
    {
        var byUri = new Dictionary<string, BsonDocument>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            if (AppDocument.UriOf(definition) is not { Length: > 0 } uri)
            {
                continue;
            }

            if (!byUri.TryGetValue(uri, out var existing) || (!AppDocument.IsEnabled(existing) && AppDocument.IsEnabled(definition)))
            {
                byUri[uri] = definition;
            }
        }

        return byUri;
    }

    private CacheRefreshReport Apply(Dictionary<string, BsonDocument> current)
    {
        int compiled = 0, recompiled = 0, unchanged = 0, evicted = 0, invalid = 0;
        var changes = new List<string>();
        foreach (var key in _apps.Keys)
        {
            if ((!current.TryGetValue(key.Uri, out var definition) || !AppDocument.IsEnabled(definition)) && _apps.TryRemove(key, out _))
            {
                evicted++;
                changes.Add($"evicted {key.Uri} ({(definition is null ? "deleted" : "disabled")})");
            }
        }

        foreach (var (uri, definition) in current)
        {
            if (!AppDocument.IsEnabled(definition))
            {
                continue;
            }

            var key = KeyOf(uri);
            var version = AppCompiler.VersionOf(definition);
            var known = _apps.TryGetValue(key, out var cached);
            if (known && cached!.Version == version)
            {
                unchanged++;
                continue;
            }

            var entry = Compile(uri, definition, version);
            _apps[key] = entry;
            if (known)
            {
                recompiled++;
                changes.Add($"recompiled {uri}");
            }
            else
            {
                compiled++;
                changes.Add($"compiled {uri}");
            }

            if (entry.Error is not null)
            {
                invalid++;
                changes.Add($"invalid {uri}: {entry.Error}");
            }
        }

        return new CacheRefreshReport(compiled, recompiled, unchanged, evicted, invalid, changes);
    }

    private CachedApp Compile(string uri, BsonDocument definition, string version)
    {
        var result = _compiler.Compile(definition);
        if (result.App is null)
        {
            LogInvalidDefinition(_logger, uri, result.Error ?? "unknown error");
        }

        return new CachedApp(uri, version, AppDocument.IsEnabled(definition), result.App, result.App is null ? result.Error ?? "unknown error" : null);
    }

    private static AppLookup ToLookup(CachedApp entry) => entry switch
    {
        { Enabled: false } => AppLookup.NotFound,
        { App: { } app } => new AppLookup(AppLookupStatus.Found, app, null),
        _ => new AppLookup(AppLookupStatus.InvalidDefinition, null, entry.Error),
    };

    private AppCacheKey KeyOf(string uri) => new(_store.Database, _store.Collection, uri);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Invalid GraphQL app definition for {AppUri}: {Error}")]
    private static partial void LogInvalidDefinition(ILogger logger, string appUri, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "MongoDB unreachable while loading app {AppUri}")]
    private static partial void LogDatabaseUnavailable(ILogger logger, string appUri, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Summary}")]
    private static partial void LogRefreshed(ILogger logger, string summary);
}
