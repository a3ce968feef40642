using System.Globalization;

namespace Serverless.Mongo.Topology;

/// <summary>
/// A server's network address, <c>host:port</c>. Host names compare case-insensitively because DNS names do
/// (RFC 4343); the Server Discovery and Monitoring spec also normalises addresses to lower case.
/// </summary>
public sealed class ServerAddress : IEquatable<ServerAddress>
{
    /// <summary>The port a MongoDB server listens on when the address names none.</summary>
    public const int DefaultPort = 27017;

    public ServerAddress(string host, int port = DefaultPort)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        ArgumentOutOfRangeException.ThrowIfLessThan(port, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535);
        Host = host.ToLowerInvariant();
        Port = port;
    }

    public string Host { get; }

    public int Port { get; }

    /// <summary>Parses <c>host</c>, <c>host:port</c>, <c>[ipv6]</c> or <c>[ipv6]:port</c>.</summary>
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
                ? new ServerAddress(text[1..close])
                : rest[0] == ':'
                    ? new ServerAddress(text[1..close], ParsePort(text, rest[1..]))
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
            : new ServerAddress(host, ParsePort(text, text[(colon + 1)..]));
    }

    public bool Equals(ServerAddress? other) =>
        other is not null && Port == other.Port && string.Equals(Host, other.Host, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as ServerAddress);

    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Host), Port);

    public override string ToString() =>
        Host.Contains(':', StringComparison.Ordinal)
            ? string.Create(CultureInfo.InvariantCulture, $"[{Host}]:{Port}")
            : string.Create(CultureInfo.InvariantCulture, $"{Host}:{Port}");

    public static bool operator ==(ServerAddress? left, ServerAddress? right) => Equals(left, right);

    public static bool operator !=(ServerAddress? left, ServerAddress? right) => !Equals(left, right);

    private static int ParsePort(string text, string port) =>
        int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= 65535
            ? value
            : throw new FormatException($"Server address '{text}' has port '{port}', which is not a number from 1 to 65535.");
}
