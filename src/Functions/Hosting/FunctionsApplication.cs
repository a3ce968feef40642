using Serverless.Core.Compilation;
using Serverless.Functions.Apps;
using Serverless.Functions.Configuration;
using Serverless.Functions.Http;
using Serverless.Functions.Local;
using Serverless.Functions.Operations;
using Serverless.Mongo;

namespace Serverless.Functions.Hosting;

/// <summary>
/// Builds and starts the service: configuration, the MongoDB client (MONGODB_URI, or the local default's embedded
/// server), the app cache warmed with every enabled app, and the routes. Program and the tests share it.
/// </summary>
public static partial class FunctionsApplication
{
    /// <summary>Where <c>dotnet run</c> listens unless --urls (or ASPNETCORE_URLS) says otherwise: Core Tools' port.</summary>
    public const string DefaultUrl = "http://127.0.0.1:7071";

    /// <exception cref="InvalidConfigurationException">The configuration is invalid.</exception>
    public static Task<RunningService> StartAsync(string[] args, IReadOnlyDictionary<string, string?>? overrides, CancellationToken cancellationToken) =>
        StartAsync(args, overrides, configure: null, cancellationToken);

    /// <param name="configure">Last say on the builder before the service is built (e.g. extra logging providers).</param>
    /// <exception cref="InvalidConfigurationException">The configuration is invalid.</exception>
    public static async Task<RunningService> StartAsync(string[] args, IReadOnlyDictionary<string, string?>? overrides, Action<WebApplicationBuilder>? configure, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder(args);
        AddLoggingDefaults(builder.Configuration);
        builder.Configuration.AddLocalSettings(Path.Combine(builder.Environment.ContentRootPath, "local.settings.json"));
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        configure?.Invoke(builder);

        var settings = ServiceSettingsReader.Read(builder.Configuration);
        ChooseUrls(builder);

        var localDefault = settings.MongoDbUri is null
            ? await LocalDefault.StartAsync(settings.DefinitionsDb, settings.DefinitionsCollection, cancellationToken).ConfigureAwait(false)
            : null;
        try
        {
            var application = Build(builder, settings, settings.MongoDbUri ?? localDefault!.ConnectionString);
            await WarmUpAsync(application, cancellationToken).ConfigureAwait(false);
            await application.StartAsync(cancellationToken).ConfigureAwait(false);
            return new RunningService(application, new Uri(application.Urls.First()), localDefault);
        }
        catch
        {
            if (localDefault is not null)
            {
                await localDefault.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }
    }

    /// <summary>
    /// ASP.NET Core's hosting and routing write several Information lines per request ("Request starting",
    /// "Executing endpoint", …), which cost CPU and drown our one structured line per request (GraphQLEndpoint).
    /// They default to Warning here, as the lowest-priority source, so appsettings.json, local.settings.json or
    /// Logging__LogLevel__Microsoft.AspNetCore in the environment still override it. It lives in code, not in an
    /// appsettings.json, because under the Functions host the content root is the function app's folder, where
    /// no appsettings.json of ours would be found.
    /// </summary>
    private static void AddLoggingDefaults(ConfigurationManager configuration) =>
        configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource
        {
            InitialData = [new("Logging:LogLevel:Microsoft.AspNetCore", nameof(LogLevel.Warning))],
        });

    private static void ChooseUrls(WebApplicationBuilder builder)
    {
        if (!string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            return;
        }

        // Under the Functions host without --urls in host.json's arguments, the port still comes from the host.
        var port = builder.Configuration["FUNCTIONS_CUSTOMHANDLER_PORT"];
        builder.WebHost.UseUrls(string.IsNullOrEmpty(port) ? DefaultUrl : "http://127.0.0.1:" + port);
    }

    private static WebApplication Build(WebApplicationBuilder builder, ServiceSettings settings, string connectionString)
    {
        var services = builder.Services;
        services.AddSingleton(settings);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => new MongoClient(connectionString));
        services.AddSingleton(provider => new AppCompiler(provider.GetRequiredService<MongoClient>(), CoreOptionsFactory.Create(settings)));
        services.AddSingleton<AppDefinitionStore>();
        services.AddSingleton<AppCache>();
        services.AddSingleton<GraphQLEndpoint>();
        services.AddSingleton<AppsUpdaterEndpoint>();
        services.AddSingleton<HealthEndpoint>();
        services.AddHostedService<AppsRevalidationService>();

        var application = builder.Build();

        // The Functions host polls GET / until the handler answers (azure-functions.md §1.2).
        application.MapGet("/", () => Results.Text("Serverless GraphQL endpoint: POST /graphql/<app>\n"));
        application.MapGet("/healthz", (HttpContext context, HealthEndpoint health) => health.HandleAsync(context));
        application.MapPost("/appsUpdater", (HttpContext context, AppsUpdaterEndpoint updater) => updater.HandleAsync(context));
        application.Map("/graphql", (HttpContext context, GraphQLEndpoint graphql) => graphql.HandleAsync(context, null));
        application.Map("/graphql/{**app}", (HttpContext context, GraphQLEndpoint graphql, string? app) => graphql.HandleAsync(context, app));
        return application;
    }

    /// <summary>Compiles every enabled app before the first request (§14 graphAppsInitializer); MongoDB down is not fatal.</summary>
    private static async Task WarmUpAsync(WebApplication application, CancellationToken cancellationToken)
    {
        var cache = application.Services.GetRequiredService<AppCache>();
        try
        {
            await cache.RefreshAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is MongoException || MongoConnectivity.IsUnreachable(exception))
        {
            LogWarmUpFailed(application.Logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not load the app definitions at start-up; apps load on first request")]
    private static partial void LogWarmUpFailed(ILogger logger, Exception exception);
}
