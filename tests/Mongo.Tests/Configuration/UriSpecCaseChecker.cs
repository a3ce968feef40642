using System.Text.Json;

namespace Serverless.Mongo.Tests.Configuration;

/// <summary>
/// Checks one case of the connection-string or uri-options spec tests (format: specifications
/// source/connection-string/tests/README.md): valid/invalid, warning, hosts, auth and options.
/// Returns null when the case passes, else why it failed.
/// </summary>
internal static class UriSpecCaseChecker
{
    public static string? Check(JsonElement testCase)
    {
        var uri = testCase.GetProperty("uri").GetString()!;
        var valid = testCase.GetProperty("valid").GetBoolean();
        if (!ConnectionString.TryParse(uri, out var parsed, out var error))
        {
            return valid ? "rejected a valid URI: " + error : null;
        }

        if (!valid)
        {
            return "accepted an invalid URI" + (parsed.Warnings.Count > 0 ? " (with warnings: " + string.Join(" | ", parsed.Warnings) + ")" : string.Empty);
        }

        var expectWarning = testCase.TryGetProperty("warning", out var w) && w.ValueKind == JsonValueKind.True;
        if (expectWarning != parsed.Warnings.Count > 0)
        {
            return expectWarning ? "expected a warning, got none" : "unexpected warnings: " + string.Join(" | ", parsed.Warnings);
        }

        return CheckHosts(testCase, parsed) ?? CheckAuth(testCase, parsed) ?? CheckOptions(testCase, parsed);
    }

    private static string? CheckHosts(JsonElement testCase, ConnectionString parsed)
    {
        if (!testCase.TryGetProperty("hosts", out var hosts) || hosts.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        if (hosts.GetArrayLength() != parsed.Hosts.Count)
        {
            return $"expected {hosts.GetArrayLength()} hosts, got {parsed.Hosts.Count}";
        }

        foreach (var (expected, actual) in hosts.EnumerateArray().Zip(parsed.Hosts))
        {
            var type = expected.GetProperty("type").GetString();
            var kind = type switch
            {
                "ipv4" => HostKind.IPv4,
                "ip_literal" => HostKind.IPv6,
                "unix" => HostKind.UnixSocket,
                _ => HostKind.Dns,
            };
            var port = expected.GetProperty("port");
            int? expectedPort = port.ValueKind == JsonValueKind.Null ? null : port.GetInt32();
            int? actualPort = actual.HasExplicitPort ? actual.Port : null;
            if (actual.Kind != kind || actual.Host != expected.GetProperty("host").GetString() || actualPort != expectedPort)
            {
                return $"host: expected {expected.GetRawText()}, got {actual.Kind} {actual.Host} {actualPort}";
            }
        }

        return null;
    }

    private static string? CheckAuth(JsonElement testCase, ConnectionString parsed)
    {
        if (!testCase.TryGetProperty("auth", out var auth) || auth.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var username = parsed.Credential?.Username;
        var password = parsed.Credential?.Password;
        return Same(auth, "username", username) ?? Same(auth, "password", password) ?? Same(auth, "db", parsed.DefaultDatabase);
    }

    private static string? Same(JsonElement auth, string name, string? actual)
    {
        var expected = auth.GetProperty(name);
        var expectedText = expected.ValueKind == JsonValueKind.Null ? null : expected.GetString();
        return expectedText == actual ? null : $"auth.{name}: expected '{expectedText}', got '{actual}'";
    }

    private static string? CheckOptions(JsonElement testCase, ConnectionString parsed) =>
        testCase.TryGetProperty("options", out var options) && options.ValueKind == JsonValueKind.Object
            ? OptionAccessors.Compare(options, parsed)
            : null;
}
