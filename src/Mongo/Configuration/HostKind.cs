namespace Serverless.Mongo;

/// <summary>The kinds of host identifier of the Connection String spec ("Host Information").</summary>
public enum HostKind
{
    /// <summary>A host name to resolve through DNS.</summary>
    Dns,

    /// <summary>A dotted-quad IPv4 address.</summary>
    IPv4,

    /// <summary>An IPv6 literal, written in brackets in the URI.</summary>
    IPv6,

    /// <summary>A Unix domain socket path (percent-encoded in the URI, ends in ".sock").</summary>
    UnixSocket,
}
