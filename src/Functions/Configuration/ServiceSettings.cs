namespace Serverless.Functions.Configuration;

/// <summary>
/// Everything the service reads from configuration (reference §1, the <c>graphql:</c> section, plus hosting).
/// Built and validated once at start-up by <see cref="ServiceSettingsReader"/>.
/// </summary>
public sealed record ServiceSettings
{
    /// <summary>MONGODB_URI; null means "start the embedded server with the sample" (local default).</summary>
    public string? MongoDbUri { get; init; }

    public string DefinitionsDb { get; init; } = "restheart";

    public string DefinitionsCollection { get; init; } = "gql-apps";

    public int DefaultLimit { get; init; } = 100;

    public int MaxLimit { get; init; } = 1000;

    public bool RestrictMappingDb { get; init; }

    /// <summary>Zero = off (§13).</summary>
    public TimeSpan QueryTimeLimit { get; init; } = TimeSpan.Zero;

    public bool Verbose { get; init; }

    public bool AppCacheEnabled { get; init; } = true;

    /// <summary>How often cached apps are revalidated (§14, app-cache-ttr, default 60 000 ms).</summary>
    public TimeSpan AppCacheTtr { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>When false, no in-process timer revalidates the cache: the Functions host's appsUpdater timer does.</summary>
    public bool InProcessUpdater { get; init; } = true;

    public AggregationSecuritySettings AggregationSecurity { get; init; } = new();

    public CorsSettings Cors { get; init; } = new();
}
