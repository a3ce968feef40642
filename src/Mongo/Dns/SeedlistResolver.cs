using Serverless.Mongo.Topology;

namespace Serverless.Mongo.Dns;

/// <summary>
/// Turns a mongodb+srv connection string into one whose hosts are the seed list, as the Initial DNS Seedlist
/// Discovery spec describes: SRV lookup of "_{srvServiceName}._tcp.{host}", validation of every target, one
/// optional TXT record supplying authSource/replicaSet/loadBalanced defaults, srvMaxHosts random selection, and
/// TLS on unless the URI turns it off.
/// </summary>
public sealed class SeedlistResolver
{
    // Seedlist Discovery spec, "Default Connection String Options": the only options a TXT record may set.
    private static readonly HashSet<string> TxtOptions = new(["authSource", "replicaSet", "loadBalanced"], StringComparer.OrdinalIgnoreCase);

    private readonly IDnsResolver _dns;
    private readonly Random _random;

    public SeedlistResolver(IDnsResolver dns)
        : this(dns, Random.Shared)
    {
    }

    /// <param name="dns">Where SRV and TXT records come from.</param>
    /// <param name="random">Picks the srvMaxHosts subset; the choice only spreads load, so it need not be secure.</param>
    public SeedlistResolver(IDnsResolver dns, Random random)
    {
        ArgumentNullException.ThrowIfNull(dns);
        ArgumentNullException.ThrowIfNull(random);
        _dns = dns;
        _random = random;
    }

    /// <summary>The connection string with the seed list as hosts; a non-SRV or already resolved one is returned as is.</summary>
    /// <exception cref="MongoConfigurationException">No SRV records, a target outside the domain, or invalid TXT options.</exception>
    /// <exception cref="DnsException">A lookup failed (other than "no such records").</exception>
    public async Task<ConnectionString> ResolveAsync(ConnectionString connectionString, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        if (!connectionString.IsSrv || connectionString.IsSeedlistResolved)
        {
            return connectionString;
        }

        var srvHost = connectionString.Hosts[0].Host;
        var seeds = await ResolveSeedsAsync(srvHost, connectionString.SrvServiceName, cancellationToken).ConfigureAwait(false);
        var txtOptions = await ResolveTxtOptionsAsync(srvHost, cancellationToken).ConfigureAwait(false);
        return connectionString.WithSeedlist(Select(seeds, connectionString.SrvMaxHosts ?? 0), txtOptions);
    }

    private async Task<List<ServerAddress>> ResolveSeedsAsync(string srvHost, string serviceName, CancellationToken cancellationToken)
    {
        var query = $"_{serviceName}._tcp.{srvHost}";
        var records = await _dns.ResolveSrvAsync(query, cancellationToken).ConfigureAwait(false);
        if (records.Count == 0)
        {
            throw new MongoConfigurationException($"DNS has no SRV records for '{query}'.");
        }

        var seeds = new List<ServerAddress>(records.Count);
        foreach (var record in records)
        {
            var target = record.Target.TrimEnd('.').ToLowerInvariant();
            SrvTargetRules.Check(srvHost, target);
            var seed = new ServerAddress(target, record.Port, HostKind.Dns) { HasExplicitPort = true };
            if (!seeds.Contains(seed))
            {
                seeds.Add(seed);
            }
        }

        return seeds;
    }

    private async Task<List<KeyValuePair<string, string>>> ResolveTxtOptionsAsync(string srvHost, CancellationToken cancellationToken)
    {
        var records = await _dns.ResolveTxtAsync(srvHost, cancellationToken).ConfigureAwait(false);
        if (records.Count > 1)
        {
            throw new MongoConfigurationException($"DNS has {records.Count} TXT records for '{srvHost}'; at most one is allowed.");
        }

        var options = new List<KeyValuePair<string, string>>();
        if (records.Count == 0 || records[0].Text.Length == 0)
        {
            return options;
        }

        foreach (var pair in records[0].Text.Split('&'))
        {
            var option = UriSplitter.SplitPair(pair, "TXT record");
            if (!TxtOptions.Contains(option.Key))
            {
                throw new MongoConfigurationException(
                    $"The TXT record for '{srvHost}' sets '{option.Key}'; only authSource, replicaSet and loadBalanced are allowed there.");
            }

            options.Add(option);
        }

        return options;
    }

    /// <summary>Seedlist Discovery spec, "srvMaxHosts": a random subset of that size when there are more seeds.</summary>
    private List<ServerAddress> Select(List<ServerAddress> seeds, int maxHosts)
    {
        if (maxHosts <= 0 || seeds.Count <= maxHosts)
        {
            return seeds;
        }

        var shuffled = seeds.ToArray();
        _random.Shuffle(shuffled);
        return [.. shuffled.Take(maxHosts)];
    }
}
