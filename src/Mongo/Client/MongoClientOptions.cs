using Serverless.Mongo.Dns;

namespace Serverless.Mongo;

/// <summary>What a <see cref="MongoClient"/> needs beyond its connection string.</summary>
public sealed record MongoClientOptions
{
    /// <summary>Resolves mongodb+srv seedlists; null uses <see cref="DnsClient"/> over the system's name servers.</summary>
    public IDnsResolver? DnsResolver { get; init; }

    /// <summary>The clock for heartbeats, RTTs, time budgets and timeouts.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
