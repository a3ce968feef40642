using System.Diagnostics.CodeAnalysis;
using Serverless.Mongo.Topology;
using C = Serverless.Mongo.UriOptionCatalog;

namespace Serverless.Mongo;

/// <summary>
/// A parsed MongoDB connection string (Connection String spec + URI Options spec). Options are null when the
/// URI did not set them, so callers apply their own defaults; bad values the spec says to ignore are listed in
/// <see cref="Warnings"/>. A <c>mongodb+srv</c> string keeps its SRV name in <see cref="Hosts"/> until
/// <see cref="Dns.SeedlistResolver"/> replaces it with the seed list.
/// </summary>
public sealed class ConnectionString
{
    private static readonly IReadOnlyDictionary<string, string> NoProperties = new Dictionary<string, string>(StringComparer.Ordinal);

    private readonly UriParts _parts;
    private readonly UriOptionValues _options;

    private ConnectionString(UriParts parts, IReadOnlyList<ServerAddress> hosts, IReadOnlyList<KeyValuePair<string, string>> txtOptions, bool isResolved)
    {
        var warnings = new List<string>();
        var fromTxt = UriOptionValues.Parse(txtOptions, warnings);
        _options = fromTxt.OverriddenBy(UriOptionValues.Parse(parts.Options, warnings));
        ConnectionStringRules.Check(parts.IsSrv, hosts.Count, _options);
        _parts = parts;
        Hosts = hosts;
        IsSeedlistResolved = isResolved;
        Credential = CreateCredential(parts, _options);
        Warnings = warnings.AsReadOnly();
    }

    /// <summary>True for <c>mongodb+srv://</c>.</summary>
    public bool IsSrv => _parts.IsSrv;

    /// <summary>True once the SRV name in a mongodb+srv string was replaced by the hosts DNS returned.</summary>
    public bool IsSeedlistResolved { get; }

    /// <summary>The hosts in URI order (for mongodb+srv before resolution: the one SRV name).</summary>
    public IReadOnlyList<ServerAddress> Hosts { get; }

    /// <summary>The credential, or null when the URI configures no authentication.</summary>
    public MongoCredential? Credential { get; }

    /// <summary>The percent-decoded database after the hosts, or null.</summary>
    public string? DefaultDatabase => _parts.Database;

    /// <summary>Problems that did not stop parsing: unknown options, ignored invalid values, repeated keys.</summary>
    public IReadOnlyList<string> Warnings { get; }

    public string? AppName => _options.Reference<string>(C.AppName);

    public string? AuthMechanism => _options.Reference<string>(C.AuthMechanism);

    public string? AuthSource => _options.Reference<string>(C.AuthSource);

    public IReadOnlyDictionary<string, string> AuthMechanismProperties =>
        _options.Reference<Dictionary<string, string>>(C.AuthMechanismProperties) ?? NoProperties;

    /// <summary>The compressors to offer, in preference order; empty when none.</summary>
    public IReadOnlyList<string> Compressors => _options.Reference<IReadOnlyList<string>>(C.Compressors) ?? [];

    public int? ZlibCompressionLevel => _options.Value<int>(C.ZlibCompressionLevel);

    public int? ConnectTimeoutMS => _options.Value<int>(C.ConnectTimeoutMS);

    public int? SocketTimeoutMS => _options.Value<int>(C.SocketTimeoutMS);

    public int? ServerSelectionTimeoutMS => _options.Value<int>(C.ServerSelectionTimeoutMS);

    public bool? ServerSelectionTryOnce => _options.Value<bool>(C.ServerSelectionTryOnce);

    /// <summary>Client Side Operations Timeout; 0 means no limit.</summary>
    public int? TimeoutMS => _options.Value<int>(C.TimeoutMS);

    public int? HeartbeatFrequencyMS => _options.Value<int>(C.HeartbeatFrequencyMS);

    public int? LocalThresholdMS => _options.Value<int>(C.LocalThresholdMS);

    public ServerMonitoringMode? ServerMonitoringMode => _options.Value<ServerMonitoringMode>(C.ServerMonitoringMode);

    /// <summary>0 means no limit.</summary>
    public int? MaxPoolSize => _options.Value<int>(C.MaxPoolSize);

    public int? MinPoolSize => _options.Value<int>(C.MinPoolSize);

    public int? MaxIdleTimeMS => _options.Value<int>(C.MaxIdleTimeMS);

    public int? MaxConnecting => _options.Value<int>(C.MaxConnecting);

    public int? WaitQueueTimeoutMS => _options.Value<int>(C.WaitQueueTimeoutMS);

    public ReadPreferenceMode? ReadPreference => _options.Value<ReadPreferenceMode>(C.ReadPreference);

    /// <summary>The tag sets in URI order (each readPreferenceTags occurrence is one); empty when none.</summary>
    public IReadOnlyList<TagSet> ReadPreferenceTags => _options.Reference<List<TagSet>>(C.ReadPreferenceTags) ?? [];

    /// <summary>-1 means no staleness limit.</summary>
    public int? MaxStalenessSeconds => _options.Value<int>(C.MaxStalenessSeconds);

    /// <summary>
    /// The read preference the URI describes (readPreference, readPreferenceTags, maxStalenessSeconds) as the one
    /// <see cref="Topology.ReadPreference"/> type server selection uses; mode primary when the URI names none.
    /// </summary>
    public ReadPreference ToReadPreference() =>
        new(
            ReadPreference ?? ReadPreferenceMode.Primary,
            ReadPreferenceTags,
            MaxStalenessSeconds is > 0 and var seconds ? TimeSpan.FromSeconds(seconds) : null);

    public string? ReplicaSet => _options.Reference<string>(C.ReplicaSet);

    public bool? DirectConnection => _options.Value<bool>(C.DirectConnection);

    public bool? LoadBalanced => _options.Value<bool>(C.LoadBalanced);

    public WriteConcernW? W => _options.Reference<WriteConcernW>(C.W);

    public int? WTimeoutMS => _options.Value<int>(C.WTimeoutMS);

    public bool? Journal => _options.Value<bool>(C.Journal);

    public string? ReadConcernLevel => _options.Reference<string>(C.ReadConcernLevel);

    public bool? RetryReads => _options.Value<bool>(C.RetryReads);

    public bool? RetryWrites => _options.Value<bool>(C.RetryWrites);

    public int? MaxAdaptiveRetries => _options.Value<int>(C.MaxAdaptiveRetries);

    public bool? EnableOverloadRetargeting => _options.Value<bool>(C.EnableOverloadRetargeting);

    /// <summary>0 means no limit.</summary>
    public int? SrvMaxHosts => _options.Value<int>(C.SrvMaxHosts);

    /// <summary>The SRV service name; "mongodb" when the URI names none.</summary>
    public string SrvServiceName => _options.Reference<string>(C.SrvServiceName) ?? "mongodb";

    /// <summary>tls (or its alias ssl) as written in the URI or TXT record, or null.</summary>
    public bool? Tls => _options.Value<bool>(C.Tls) ?? _options.Value<bool>(C.Ssl);

    /// <summary>Whether to use TLS: as written, else on for mongodb+srv (Seedlist Discovery spec) and off otherwise.</summary>
    public bool UseTls => Tls ?? IsSrv;

    public bool? TlsInsecure => _options.Value<bool>(C.TlsInsecure);

    public bool? TlsAllowInvalidCertificates => _options.Value<bool>(C.TlsAllowInvalidCertificates);

    public bool? TlsAllowInvalidHostnames => _options.Value<bool>(C.TlsAllowInvalidHostnames);

    public string? TlsCAFile => _options.Reference<string>(C.TlsCAFile);

    public string? TlsCertificateKeyFile => _options.Reference<string>(C.TlsCertificateKeyFile);

    public string? TlsCertificateKeyFilePassword => _options.Reference<string>(C.TlsCertificateKeyFilePassword);

    public bool? TlsDisableCertificateRevocationCheck => _options.Value<bool>(C.TlsDisableCertificateRevocationCheck);

    public bool? TlsDisableOCSPEndpointCheck => _options.Value<bool>(C.TlsDisableOCSPEndpointCheck);

    public string? ProxyHost => _options.Reference<string>(C.ProxyHost);

    public int? ProxyPort => _options.Value<int>(C.ProxyPort);

    public string? ProxyUsername => _options.Reference<string>(C.ProxyUsername);

    public string? ProxyPassword => _options.Reference<string>(C.ProxyPassword);

    /// <summary>Parses <paramref name="uri"/>.</summary>
    /// <exception cref="MongoConfigurationException">The URI breaks a rule of the Connection String, URI Options or Authentication spec.</exception>
    public static ConnectionString Parse(string uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var parts = UriSplitter.Split(uri);
        return new ConnectionString(parts, parts.Hosts, [], isResolved: false);
    }

    /// <summary>Parses <paramref name="uri"/>; false (and the reason) instead of an exception when it is invalid.</summary>
    public static bool TryParse(string? uri, [NotNullWhen(true)] out ConnectionString? result, out string? error)
    {
        result = null;
        error = null;
        if (uri is null)
        {
            error = "The connection string is null.";
            return false;
        }

        try
        {
            result = Parse(uri);
            return true;
        }
        catch (MongoConfigurationException e)
        {
            error = e.Message;
            return false;
        }
    }

    /// <summary>Parses <paramref name="uri"/>; false instead of an exception when it is invalid.</summary>
    public static bool TryParse(string? uri, [NotNullWhen(true)] out ConnectionString? result) => TryParse(uri, out result, out _);

    /// <summary>Names the hosts and options but never the password.</summary>
    public override string ToString() =>
        $"{(IsSrv ? "mongodb+srv" : "mongodb")}://{string.Join(",", Hosts)}/{DefaultDatabase} ({string.Join(", ", _options.Names)})";

    /// <summary>
    /// This connection string with the SRV results as hosts and the TXT record's options under the URI's own
    /// (Initial DNS Seedlist Discovery spec: options in the URI override those in the TXT record).
    /// </summary>
    internal ConnectionString WithSeedlist(IReadOnlyList<ServerAddress> seeds, IReadOnlyList<KeyValuePair<string, string>> txtOptions) =>
        new(_parts, seeds, txtOptions, isResolved: true);

    private static MongoCredential? CreateCredential(UriParts parts, UriOptionValues options)
    {
        // Authentication spec: no user information and no mechanism means no credential, even with authSource.
        var mechanism = options.Reference<string>(C.AuthMechanism);
        if (!parts.HasUserInfo && mechanism is null)
        {
            return null;
        }

        var properties = options.Reference<Dictionary<string, string>>(C.AuthMechanismProperties) ?? NoProperties;
        return AuthMechanismRules.For(mechanism)
            .Create(parts.Username, parts.Password, options.Reference<string>(C.AuthSource), parts.Database, properties);
    }
}
