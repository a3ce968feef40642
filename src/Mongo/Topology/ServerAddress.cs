using System.Globalization;

namespace Serverless.Mongo.Topology;

/// <summary>
/// A server's address: one host of a connection string (Connection String spec, "Host Information") and the key
/// of a server in the topology. Host names compare case-insensitively because DNS names do (RFC 4343), and the
/// Server Discovery and Monitoring spec normalises addresses to lower case; Unix socket paths keep their case.
/// <see cref="HasExplicitPort"/> only records how the URI was written and takes no part in equality.
/// </summary>
public sealed class ServerAddress : IEquatable<ServerAddress>
{
    /// <summary>The port a MongoDB server listens on when the address names none.</summary>
    public const int DefaultPort = 27017;

    /// <param name="host">A host name, an IP address (IPv6 without brackets) or a Unix socket path.</param>
    /// <param name="port">The TCP port; 0 for a Unix socket.</param>
    /// <param name="kind">The kind of host; inferred from <paramref name="host"/> when null.</param>
    public ServerAddress(string host, int port = DefaultPort, HostKind? kind = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        var resolvedKind = kind ?? InferKind(host);
        if (resolvedKind == HostKind.UnixSocket)
        {
            ArgumentOutOfRangeException.ThrowIfNotEqual(port, 0);
        }
        else
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(port, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535);
        }

        Kind = resolvedKind;
        Host = resolvedKind == HostKind.UnixSocket ? host : host.ToLowerInvariant();
        Port = port;
    }

    public string Host { get; }

    /// <summary>The explicit port, or 27017 when the address named none; 0 for Unix sockets.</summary>
    public int Port { get; }

    public HostKind Kind { get; }

    /// <summary>True when the URI wrote the port; the conformance tests tell "no port" from "port 27017".</summary>
    public bool HasExplicitPort { get; init; }

    /// <summary>Parses <c>host</c>, <c>host:port</c>, <c>[ipv6]</c> or <c>[ipv6]:port</c> (as hello's hosts lists write them).</summary>
    /// <exception cref="FormatException">The text is not an address.</exception>
    public static ServerAddress Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.StartsWith('['))
        {
            var close = text.IndexOf(']', StringComparison.Ordinal);
            if (close < 2)
            {
                throw new FormatException($"Server address '{text}' has an unterminated or empty IPv6 literal.");
            }

            var rest = text[(close + 1)..];
            return rest.Length == 0
                ? new ServerAddress(text[1..close], DefaultPort, HostKind.IPv6)
                : rest[0] == ':'
                    ? new ServerAddress(text[1..close], ParsePort(text, rest[1..]), HostKind.IPv6) { HasExplicitPort = true }
                    : throw new FormatException($"Server address '{text}' has text after its IPv6 literal that is not ':port'.");
        }

        var colon = text.LastIndexOf(':');
        if (colon < 0)
        {
            return text.Length == 0 ? throw new FormatException("Server address is empty.") : new ServerAddress(text);
        }

        if (text.IndexOf(':', StringComparison.Ordinal) != colon)
        {
            throw new FormatException($"Server address '{text}' has several ':'; write IPv6 literals in brackets.");
        }

        var host = text[..colon];
        return host.Length == 0
            ? throw new FormatException($"Server address '{text}' has no host.")
            : new ServerAddress(host, ParsePort(text, text[(colon + 1)..])) { HasExplicitPort = true };
    }

    public bool Equals(ServerAddress? other) =>
        other is not null && Port == other.Port && string.Equals(Host, other.Host, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as ServerAddress);

    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Host), Port);

    /// <summary><c>host:port</c>, with IPv6 literals in brackets and Unix socket paths alone.</summary>
    public override string ToString() => Kind switch
    {
        HostKind.UnixSocket => Host,
        HostKind.IPv6 => string.Create(CultureInfo.InvariantCulture, $"[{Host}]:{Port}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Host}:{Port}"),
    };

    public static bool operator ==(ServerAddress? left, ServerAddress? right) => Equals(left, right);

    public static bool operator !=(ServerAddress? left, ServerAddress? right) => !Equals(left, right);

    private static HostKind InferKind(string host) =>
        host.Contains(':', StringComparison.Ordinal) ? HostKind.IPv6
        : host.Contains('/', StringComparison.Ordinal) ? HostKind.UnixSocket
        : System.Net.IPAddress.TryParse(host, out var ip) && ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && host.Count(c => c == '.') == 3 ? HostKind.IPv4
        : HostKind.Dns;

    private static int ParsePort(string text, string port) =>
        int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= 65535
            ? value
            : throw new FormatException($"Server address '{text}' has port '{port}', which is not a number from 1 to 65535.");
}
