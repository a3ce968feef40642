namespace Serverless.Mongo.Dns;

/// <summary>
/// The DNS lookups mongodb+srv needs (Initial DNS Seedlist Discovery spec). .NET has no SRV or TXT lookup API,
/// so <see cref="DnsClient"/> implements this over UDP/TCP; tests substitute their own records.
/// </summary>
public interface IDnsResolver
{
    /// <summary>The SRV records of <paramref name="name"/>; empty when the name has none (NXDOMAIN or no data).</summary>
    /// <exception cref="DnsException">The lookup itself failed (no answer, server failure, malformed reply).</exception>
    Task<IReadOnlyList<SrvRecord>> ResolveSrvAsync(string name, CancellationToken cancellationToken);

    /// <summary>The TXT records of <paramref name="name"/>; empty when the name has none.</summary>
    /// <exception cref="DnsException">The lookup itself failed.</exception>
    Task<IReadOnlyList<TxtRecord>> ResolveTxtAsync(string name, CancellationToken cancellationToken);
}
