using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Serverless.Functions.Configuration;

/// <summary>
/// Reads <see cref="ServiceSettings"/> from .NET configuration (appsettings.json, local.settings.json "Values",
/// environment variables, command line). Keys: <c>MONGODB_URI</c>; <c>GraphQL:DefinitionsDb</c>,
/// <c>GraphQL:DefinitionsCollection</c>, <c>GraphQL:DefaultLimit</c>, <c>GraphQL:MaxLimit</c>,
/// <c>GraphQL:RestrictMappingDb</c>, <c>GraphQL:QueryTimeLimitMs</c>, <c>GraphQL:Verbose</c>,
/// <c>GraphQL:AppCacheEnabled</c>, <c>GraphQL:AppCacheTtrMs</c>, <c>GraphQL:InProcessUpdater</c>;
/// <c>AggregationSecurity:*</c>; <c>Cors:AllowedOrigins</c> (environment variables use <c>__</c> for <c>:</c>).
/// Every invalid value is reported at once in an <see cref="InvalidConfigurationException"/>.
/// </summary>
public static class ServiceSettingsReader
{
    private const string GraphQL = "GraphQL:";
    private const string Security = "AggregationSecurity:";

    /// <exception cref="InvalidConfigurationException">One or more settings are invalid.</exception>
    public static ServiceSettings Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var problems = new List<string>();
        var defaults = new ServiceSettings();
        var uri = Text(configuration, "MONGODB_URI");
        if (uri is not null && !uri.StartsWith("mongodb://", StringComparison.Ordinal) && !uri.StartsWith("mongodb+srv://", StringComparison.Ordinal))
        {
            problems.Add("MONGODB_URI must start with mongodb:// or mongodb+srv://");
        }

        var settings = new ServiceSettings
        {
            MongoDbUri = uri,
            DefinitionsDb = Name(configuration, GraphQL + "DefinitionsDb", defaults.DefinitionsDb, problems),
            DefinitionsCollection = Name(configuration, GraphQL + "DefinitionsCollection", defaults.DefinitionsCollection, problems),
            DefaultLimit = PositiveInt(configuration, GraphQL + "DefaultLimit", defaults.DefaultLimit, problems),
            MaxLimit = PositiveInt(configuration, GraphQL + "MaxLimit", defaults.MaxLimit, problems),
            RestrictMappingDb = Flag(configuration, GraphQL + "RestrictMappingDb", defaults.RestrictMappingDb, problems),
            QueryTimeLimit = Milliseconds(configuration, GraphQL + "QueryTimeLimitMs", defaults.QueryTimeLimit, allowZero: true, problems),
            Verbose = Flag(configuration, GraphQL + "Verbose", defaults.Verbose, problems),
            AppCacheEnabled = Flag(configuration, GraphQL + "AppCacheEnabled", defaults.AppCacheEnabled, problems),
            AppCacheTtr = Milliseconds(configuration, GraphQL + "AppCacheTtrMs", defaults.AppCacheTtr, allowZero: false, problems),
            InProcessUpdater = Flag(configuration, GraphQL + "InProcessUpdater", defaults.InProcessUpdater, problems),
            AggregationSecurity = new AggregationSecuritySettings
            {
                Enabled = Flag(configuration, Security + "Enabled", true, problems),
                BlacklistedStages = OperatorList(configuration, Security + "BlacklistedStages", problems),
                BlacklistedOperators = OperatorList(configuration, Security + "BlacklistedOperators", problems),
                AllowCrossDatabaseOperations = Flag(configuration, Security + "AllowCrossDatabaseOperations", false, problems),
                AllowJavaScriptExecution = Flag(configuration, Security + "AllowJavaScriptExecution", false, problems),
            },
            Cors = new CorsSettings { AllowedOrigins = Origins(configuration, problems) },
        };

        // §1: max-limit is the upper bound of every limit, the default one included.
        if (settings.DefaultLimit > settings.MaxLimit)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"GraphQL:DefaultLimit ({settings.DefaultLimit}) must not exceed GraphQL:MaxLimit ({settings.MaxLimit})"));
        }

        return problems.Count == 0
            ? settings
            : throw new InvalidConfigurationException("Invalid configuration: " + string.Join("; ", problems) + ".");
    }

    private static string? Text(IConfiguration configuration, string key) =>
        configuration[key] is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static string Name(IConfiguration configuration, string key, string fallback, List<string> problems)
    {
        var value = Text(configuration, key);
        if (value is null)
        {
            return fallback;
        }

        // MongoDB database and collection names cannot hold these (manual "Naming Restrictions").
        if (value.IndexOfAny(['/', '\\', ' ', '"', '$', '\0']) >= 0)
        {
            problems.Add($"{key} must be a MongoDB name without / \\ space \" $, got '{value}'");
        }

        return value;
    }

    private static int PositiveInt(IConfiguration configuration, string key, int fallback, List<string> problems)
    {
        var value = Text(configuration, key);
        if (value is null)
        {
            return fallback;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
        {
            return number;
        }

        problems.Add($"{key} must be a positive integer, got '{value}'");
        return fallback;
    }

    private static TimeSpan Milliseconds(IConfiguration configuration, string key, TimeSpan fallback, bool allowZero, List<string> problems)
    {
        var value = Text(configuration, key);
        if (value is null)
        {
            return fallback;
        }

        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && (number > 0 || (allowZero && number == 0)))
        {
            return TimeSpan.FromMilliseconds(number);
        }

        // §13: query-time-limit "off when <= 0"; a negative number is accepted as off, like RESTHeart.
        if (allowZero && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
        {
            return TimeSpan.Zero;
        }

        problems.Add($"{key} must be {(allowZero ? "a whole number of milliseconds (0 = off)" : "a positive whole number of milliseconds")}, got '{value}'");
        return fallback;
    }

    private static bool Flag(IConfiguration configuration, string key, bool fallback, List<string> problems)
    {
        var value = Text(configuration, key);
        if (value is null)
        {
            return fallback;
        }

        if (bool.TryParse(value, out var flag))
        {
            return flag;
        }

        problems.Add($"{key} must be true or false, got '{value}'");
        return fallback;
    }

    private static List<string>? OperatorList(IConfiguration configuration, string key, List<string> problems)
    {
        var items = List(configuration, key);
        if (items is null)
        {
            return null;
        }

        foreach (var item in items.Where(item => !item.StartsWith('$') || item.Length == 1))
        {
            problems.Add($"{key} must list names starting with $, got '{item}'");
        }

        return items;
    }

    private static string[] Origins(IConfiguration configuration, List<string> problems)
    {
        const string key = "Cors:AllowedOrigins";
        var items = List(configuration, key);
        if (items is null || items.Count == 0)
        {
            return ["*"];
        }

        foreach (var item in items.Where(item => item != "*" && !(Uri.TryCreate(item, UriKind.Absolute, out var origin) && origin.Scheme is "http" or "https" && origin.AbsolutePath == "/")))
        {
            problems.Add($"{key} must list * or origins like https://example.com, got '{item}'");
        }

        return items.Select(item => item.TrimEnd('/')).ToArray();
    }

    /// <summary>A comma-separated value (environment variables) or a JSON array section (appsettings.json).</summary>
    private static List<string>? List(IConfiguration configuration, string key)
    {
        if (Text(configuration, key) is { } joined)
        {
            return joined.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        }

        var children = configuration.GetSection(key).GetChildren().Select(child => child.Value?.Trim()).OfType<string>().Where(item => item.Length > 0).ToList();
        return children.Count > 0 ? children : null;
    }
}
