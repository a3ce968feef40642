namespace Serverless.Mongo.Embedded;

/// <summary>How to start an <see cref="EmbeddedMongoServer"/>.</summary>
public sealed record EmbeddedMongoServerOptions
{
    /// <summary>TCP port on 127.0.0.1; 0 lets the operating system pick a free one.</summary>
    public int Port { get; init; }

    /// <summary>A folder of <c>&lt;db&gt;/&lt;collection&gt;.json[.gz]</c> Extended JSON lines loaded at start, or null.</summary>
    public string? SeedDirectory { get; init; }

    /// <summary>The clock for maxTimeMS, localTime and cursor expiry; tests substitute their own.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>
    /// Users to accept. Empty (the default) leaves authentication off, like mongod without --auth; with users,
    /// every command except the handshake, ping, buildInfo and the SASL commands needs an authenticated connection.
    /// </summary>
    public IReadOnlyList<EmbeddedMongoUser> Users { get; init; } = [];
}
