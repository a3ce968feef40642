using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Serverless.Mongo.Topology;

namespace Serverless.Mongo;

/// <summary>Parses the comma-separated host identifiers of a URI (Connection String spec, "Host Information").</summary>
internal static class HostParser
{
    public static List<ServerAddress> ParseList(string hostList)
    {
        if (hostList.Length == 0)
        {
            throw new MongoConfigurationException("The connection string names no host.");
        }

        return [.. hostList.Split(',').Select(Parse)];
    }

    public static ServerAddress Parse(string raw)
    {
        if (raw.Length == 0)
        {
            throw new MongoConfigurationException("The connection string has an empty host in its host list.");
        }

        return raw[0] == '[' ? ParseIpLiteral(raw) : ParseNameOrSocket(raw);
    }

    private static ServerAddress ParseIpLiteral(string raw)
    {
        var close = raw.IndexOf(']', StringComparison.Ordinal);
        if (close < 0)
        {
            throw new MongoConfigurationException($"The host '{raw}' opens an IPv6 literal with '[' but never closes it.");
        }

        var literal = raw[1..close];
        if (!IPAddress.TryParse(literal, out var address) || address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            throw new MongoConfigurationException($"The host '[{literal}]' is not an IPv6 address.");
        }

        var rest = raw[(close + 1)..];
        if (rest.Length == 0)
        {
            return new ServerAddress(literal, ServerAddress.DefaultPort, HostKind.IPv6);
        }

        return rest[0] == ':'
            ? new ServerAddress(literal, ParsePort(raw, rest[1..]), HostKind.IPv6) { HasExplicitPort = true }
            : throw new MongoConfigurationException($"The host '{raw}' has text after its IPv6 literal that is not ':port'.");
    }

    private static ServerAddress ParseNameOrSocket(string raw)
    {
        // Connection String spec: a Unix domain socket path is percent-encoded, so its '/' only appears once
        // decoded; "mongodb-27017.sock" alone is a host name.
        var decoded = PercentDecoder.Decode(raw, "host");
        if (decoded.Contains('/', StringComparison.Ordinal))
        {
            return decoded.EndsWith(".sock", StringComparison.Ordinal)
                ? new ServerAddress(decoded, 0, HostKind.UnixSocket)
                : throw new MongoConfigurationException($"The host '{decoded}' contains '/' but is not a Unix domain socket path ending in '.sock'.");
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        var host = colon < 0 ? decoded : decoded[..colon];
        if (host.Length == 0)
        {
            throw new MongoConfigurationException($"The host '{raw}' has a port but no host name.");
        }

        if (host.Any(c => char.IsWhiteSpace(c) || c is '@' or '?' or '#' or '[' or ']' or '\\'))
        {
            throw new MongoConfigurationException($"The host name '{host}' contains a character a host name cannot contain.");
        }

        var kind = IsDottedQuad(host) ? HostKind.IPv4 : HostKind.Dns;
        var name = host.ToLowerInvariant();
        return colon < 0
            ? new ServerAddress(name, ServerAddress.DefaultPort, kind)
            : new ServerAddress(name, ParsePort(raw, decoded[(colon + 1)..]), kind) { HasExplicitPort = true };
    }

    private static int ParsePort(string raw, string port) =>
        int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= 65535
            ? value
            : throw new MongoConfigurationException($"The host '{raw}' has port '{port}'; a port must be a number from 1 to 65535.");

    // "256.0.0.1" is a host name, not an address (valid-host_identifiers.json), so every part must be 0-255.
    private static bool IsDottedQuad(string host)
    {
        var parts = host.Split('.');
        return parts.Length == 4 && parts.All(part =>
            part.Length is >= 1 and <= 3
            && part.All(char.IsAsciiDigit)
            && int.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture) <= 255);
    }
}
