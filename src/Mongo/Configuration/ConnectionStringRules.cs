using Serverless.Mongo.Topology;
using C = Serverless.Mongo.UriOptionCatalog;

namespace Serverless.Mongo;

/// <summary>The rules that relate several options or options and hosts; each names the spec it comes from.</summary>
internal static class ConnectionStringRules
{
    // URI Options spec, "tlsInsecure" and the OCSP/revocation notes: these options overlap, so giving two of a
    // conflicting pair is an error whatever their values (tls-options.json).
    private static readonly (string First, string Second)[] TlsConflicts =
    [
        (C.TlsInsecure, C.TlsAllowInvalidCertificates),
        (C.TlsInsecure, C.TlsAllowInvalidHostnames),
        (C.TlsInsecure, C.TlsDisableOCSPEndpointCheck),
        (C.TlsInsecure, C.TlsDisableCertificateRevocationCheck),
        (C.TlsAllowInvalidCertificates, C.TlsDisableOCSPEndpointCheck),
        (C.TlsAllowInvalidCertificates, C.TlsDisableCertificateRevocationCheck),
        (C.TlsDisableOCSPEndpointCheck, C.TlsDisableCertificateRevocationCheck),
    ];

    public static void Check(bool isSrv, int hostCount, UriOptionValues options)
    {
        CheckTls(options);
        CheckTopology(isSrv, hostCount, options);
        CheckSrv(isSrv, options);
        CheckProxy(options);
        CheckReadPreference(options);
        CheckPool(options);
        CheckWriteConcern(options);
    }

    private static void CheckTls(UriOptionValues options)
    {
        // URI Options spec, "ssl": an alias of tls; both with different values is an error.
        var tls = options.Value<bool>(C.Tls);
        var ssl = options.Value<bool>(C.Ssl);
        if (tls is not null && ssl is not null && tls != ssl)
        {
            throw new MongoConfigurationException("Options 'tls' and 'ssl' are aliases but have different values.");
        }

        foreach (var (first, second) in TlsConflicts)
        {
            if (options.Contains(first) && options.Contains(second))
            {
                throw new MongoConfigurationException($"Options '{first}' and '{second}' must not both be given.");
            }
        }
    }

    private static void CheckTopology(bool isSrv, int hostCount, UriOptionValues options)
    {
        // URI Options spec, "directConnection": true is only valid with one seed and never with SRV.
        if (options.Value<bool>(C.DirectConnection) == true && (isSrv || hostCount > 1))
        {
            throw new MongoConfigurationException(isSrv
                ? "directConnection=true cannot be used with a mongodb+srv connection string."
                : "directConnection=true requires exactly one host.");
        }

        // Load Balancer spec, "URI Validation": one host, and neither directConnection=true nor replicaSet.
        if (options.Value<bool>(C.LoadBalanced) != true)
        {
            return;
        }

        if (hostCount > 1)
        {
            throw new MongoConfigurationException("loadBalanced=true requires exactly one host.");
        }

        if (options.Value<bool>(C.DirectConnection) == true)
        {
            throw new MongoConfigurationException("loadBalanced=true cannot be combined with directConnection=true.");
        }

        if (options.Contains(C.ReplicaSet))
        {
            throw new MongoConfigurationException("loadBalanced=true cannot be combined with replicaSet.");
        }
    }

    private static void CheckSrv(bool isSrv, UriOptionValues options)
    {
        // Initial DNS Seedlist Discovery spec, "srvServiceName" / "srvMaxHosts": SRV-only options.
        if (!isSrv && (options.Contains(C.SrvServiceName) || options.Contains(C.SrvMaxHosts)))
        {
            throw new MongoConfigurationException("Options 'srvServiceName' and 'srvMaxHosts' require a mongodb+srv connection string.");
        }

        // Same spec, "srvMaxHosts": a positive value cannot be combined with replicaSet or loadBalanced=true.
        if (options.Value<int>(C.SrvMaxHosts) > 0 && (options.Contains(C.ReplicaSet) || options.Value<bool>(C.LoadBalanced) == true))
        {
            throw new MongoConfigurationException("A positive srvMaxHosts cannot be combined with replicaSet or loadBalanced=true.");
        }
    }

    private static void CheckProxy(UriOptionValues options)
    {
        // SOCKS5 Support spec, "Connection String Options": the other proxy options need proxyHost, and the
        // user name and password come together.
        if (!options.Contains(C.ProxyHost)
            && (options.Contains(C.ProxyPort) || options.Contains(C.ProxyUsername) || options.Contains(C.ProxyPassword)))
        {
            throw new MongoConfigurationException("Options 'proxyPort', 'proxyUsername' and 'proxyPassword' require 'proxyHost'.");
        }

        if (options.Contains(C.ProxyUsername) != options.Contains(C.ProxyPassword))
        {
            throw new MongoConfigurationException("Options 'proxyUsername' and 'proxyPassword' must be given together.");
        }
    }

    private static void CheckReadPreference(UriOptionValues options)
    {
        // Server Selection spec, "Components of a read preference": mode primary (also the default) allows
        // neither tag sets nor maxStalenessSeconds (Max Staleness spec, "API").
        if ((options.Value<ReadPreferenceMode>(C.ReadPreference) ?? ReadPreferenceMode.Primary) != ReadPreferenceMode.Primary)
        {
            return;
        }

        if (options.Reference<List<TagSet>>(C.ReadPreferenceTags)?.Any(tags => !tags.IsEmpty) == true)
        {
            throw new MongoConfigurationException("readPreferenceTags cannot be used with read preference mode 'primary'.");
        }

        if (options.Value<int>(C.MaxStalenessSeconds) > 0)
        {
            throw new MongoConfigurationException("maxStalenessSeconds cannot be used with read preference mode 'primary'.");
        }
    }

    private static void CheckPool(UriOptionValues options)
    {
        // CMAP spec, "Connection Pool Options": minPoolSize must not exceed a non-zero maxPoolSize.
        var max = options.Value<int>(C.MaxPoolSize);
        if (max > 0 && options.Value<int>(C.MinPoolSize) > max)
        {
            throw new MongoConfigurationException("minPoolSize must not exceed maxPoolSize.");
        }
    }

    private static void CheckWriteConcern(UriOptionValues options)
    {
        // Read and Write Concern spec, "Write Concern": an unacknowledged write (w=0) cannot ask for journaling.
        if (options.Reference<WriteConcernW>(C.W)?.Nodes == 0 && options.Value<bool>(C.Journal) == true)
        {
            throw new MongoConfigurationException("w=0 (unacknowledged) cannot be combined with journal=true.");
        }
    }
}
