using System.Globalization;

namespace Serverless.Mongo;

/// <summary>
/// One host of a connection string. <see cref="Port"/> is the explicit port, or 27017 when the URI gave none
/// (<see cref="HasExplicitPort"/> tells them apart); it is 0 for Unix sockets, which have no port.
/// </summary>
public sealed record HostEndpoint(string Host, int Port, HostKind Kind)
{
    /// <summary>The port a MongoDB server listens on when the URI names none (Connection String spec).</summary>
    public const int DefaultPort = 27017;

    /// <summary>True when the URI wrote the port; the conformance tests tell "no port" from "port 27017".</summary>
    public bool HasExplicitPort { get; init; }

    /// <summary><c>host:port</c>, with IPv6 literals in brackets and Unix socket paths alone.</summary>
    public override string ToString() => Kind switch
    {
        HostKind.UnixSocket => Host,
        HostKind.IPv6 => string.Create(CultureInfo.InvariantCulture, $"[{Host}]:{Port}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Host}:{Port}"),
    };
}
