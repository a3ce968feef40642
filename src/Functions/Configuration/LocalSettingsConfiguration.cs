using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Memory;

namespace Serverless.Functions.Configuration;

/// <summary>
/// Adds the <c>Values</c> of a Functions <c>local.settings.json</c> to configuration, so that the file Core Tools
/// reads for <c>func start</c> also configures a plain <c>dotnet run</c> (azure-functions.md §3). Keys use the
/// environment-variable form (<c>GraphQL__DefaultLimit</c>); <c>__</c> becomes the section separator. The file
/// ranks above appsettings.json and below environment variables and the command line, as under Core Tools,
/// where its Values become environment variables of the handler process.
/// </summary>
public static class LocalSettingsConfiguration
{
    /// <exception cref="InvalidConfigurationException">The file exists but is not JSON with an object "Values".</exception>
    public static IConfigurationBuilder AddLocalSettings(this IConfigurationBuilder builder, string path)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!File.Exists(path))
        {
            return builder;
        }

        var source = new MemoryConfigurationSource { InitialData = ReadValues(path) };
        var environment = builder.Sources.ToList().FindIndex(existing => existing is EnvironmentVariablesConfigurationSource);
        if (environment < 0)
        {
            builder.Add(source);
        }
        else
        {
            builder.Sources.Insert(environment, source);
        }

        return builder;
    }

    private static Dictionary<string, string?> ReadValues(string path)
    {

        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidConfigurationException($"Invalid configuration: {path} must hold a JSON object.");
            }

            if (document.RootElement.TryGetProperty("Values", out var section))
            {
                if (section.ValueKind != JsonValueKind.Object)
                {
                    throw new InvalidConfigurationException($"Invalid configuration: \"Values\" in {path} must be a JSON object.");
                }

                foreach (var property in section.EnumerateObject())
                {
                    values[property.Name.Replace("__", ConfigurationPath.KeyDelimiter, StringComparison.Ordinal)] =
                        property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : property.Value.GetRawText();
                }
            }
        }
        catch (JsonException exception)
        {
            throw new InvalidConfigurationException($"Invalid configuration: {path} is not valid JSON ({exception.Message}).", exception);
        }

        return values;
    }
}
