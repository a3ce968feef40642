using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>The hello handshake's <c>client</c> document (Handshake spec, "client" field).</summary>
public static class ClientMetadata
{
    /// <summary>The driver name sent as client.driver.name.</summary>
    public const string DriverName = "serverless-mongo";

    /// <summary>Handshake spec: application.name "MUST NOT exceed 128 bytes".</summary>
    public const int MaxAppNameBytes = 128;

    /// <summary>Builds the document; <paramref name="appName"/> becomes application.name when given.</summary>
    /// <exception cref="ArgumentException">The app name is longer than 128 UTF-8 bytes.</exception>
    public static BsonDocument Create(string? appName)
    {
        var version = typeof(ClientMetadata).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(ClientMetadata).Assembly.GetName().Version?.ToString()
            ?? "0";
        List<BsonElement> elements = [];
        if (appName is not null)
        {
            if (Encoding.UTF8.GetByteCount(appName) > MaxAppNameBytes)
            {
                throw new ArgumentException($"appname is {Encoding.UTF8.GetByteCount(appName)} bytes; the handshake allows at most {MaxAppNameBytes}.", nameof(appName));
            }

            elements.Add(new("application", new BsonDocument([new("name", appName)])));
        }

        elements.Add(new("driver", new BsonDocument([new("name", DriverName), new("version", version)])));
        elements.Add(new("os", new BsonDocument(
        [
            new("type", OsType()),
            new("name", RuntimeInformation.OSDescription),
            new("architecture", RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant()),
        ])));
        elements.Add(new("platform", RuntimeInformation.FrameworkDescription));
        return new BsonDocument(elements);
    }

    // Handshake spec: os.type is "Linux", "Darwin", "Windows" or another short name such as "Unknown".
    private static string OsType() =>
        OperatingSystem.IsLinux() ? "Linux"
        : OperatingSystem.IsMacOS() ? "Darwin"
        : OperatingSystem.IsWindows() ? "Windows"
        : "Unknown";
}
