using Serverless.Mongo.Topology;

namespace Serverless.Mongo;

/// <summary>
/// Every option of the URI Options spec's table (uri-options.md, "List of specified options") that this client
/// understands, keyed case-insensitively because option names are (Connection String spec, "Keys").
/// </summary>
internal static class UriOptionCatalog
{
    public const string AppName = "appName";
    public const string AuthMechanism = "authMechanism";
    public const string AuthMechanismProperties = "authMechanismProperties";
    public const string AuthSource = "authSource";
    public const string Compressors = "compressors";
    public const string ConnectTimeoutMS = "connectTimeoutMS";
    public const string DirectConnection = "directConnection";
    public const string EnableOverloadRetargeting = "enableOverloadRetargeting";
    public const string HeartbeatFrequencyMS = "heartbeatFrequencyMS";
    public const string Journal = "journal";
    public const string LoadBalanced = "loadBalanced";
    public const string LocalThresholdMS = "localThresholdMS";
    public const string MaxAdaptiveRetries = "maxAdaptiveRetries";
    public const string MaxConnecting = "maxConnecting";
    public const string MaxIdleTimeMS = "maxIdleTimeMS";
    public const string MaxPoolSize = "maxPoolSize";
    public const string MaxStalenessSeconds = "maxStalenessSeconds";
    public const string MinPoolSize = "minPoolSize";
    public const string ProxyHost = "proxyHost";
    public const string ProxyPassword = "proxyPassword";
    public const string ProxyPort = "proxyPort";
    public const string ProxyUsername = "proxyUsername";
    public const string ReadConcernLevel = "readConcernLevel";
    public const string ReadPreference = "readPreference";
    public const string ReadPreferenceTags = "readPreferenceTags";
    public const string ReplicaSet = "replicaSet";
    public const string RetryReads = "retryReads";
    public const string RetryWrites = "retryWrites";
    public const string ServerMonitoringMode = "serverMonitoringMode";
    public const string ServerSelectionTimeoutMS = "serverSelectionTimeoutMS";
    public const string ServerSelectionTryOnce = "serverSelectionTryOnce";
    public const string SocketTimeoutMS = "socketTimeoutMS";
    public const string SrvMaxHosts = "srvMaxHosts";
    public const string SrvServiceName = "srvServiceName";
    public const string Ssl = "ssl";
    public const string TimeoutMS = "timeoutMS";
    public const string Tls = "tls";
    public const string TlsAllowInvalidCertificates = "tlsAllowInvalidCertificates";
    public const string TlsAllowInvalidHostnames = "tlsAllowInvalidHostnames";
    public const string TlsCAFile = "tlsCAFile";
    public const string TlsCertificateKeyFile = "tlsCertificateKeyFile";
    public const string TlsCertificateKeyFilePassword = "tlsCertificateKeyFilePassword";
    public const string TlsDisableCertificateRevocationCheck = "tlsDisableCertificateRevocationCheck";
    public const string TlsDisableOCSPEndpointCheck = "tlsDisableOCSPEndpointCheck";
    public const string TlsInsecure = "tlsInsecure";
    public const string W = "w";
    public const string WaitQueueTimeoutMS = "waitQueueTimeoutMS";
    public const string WTimeoutMS = "wTimeoutMS";
    public const string ZlibCompressionLevel = "zlibCompressionLevel";

    /// <summary>The mechanisms of the Authentication spec; any other authMechanism is an error.</summary>
    public static readonly IReadOnlyList<string> Mechanisms =
        ["SCRAM-SHA-1", "SCRAM-SHA-256", "PLAIN", "GSSAPI", "MONGODB-X509", "MONGODB-AWS", "MONGODB-OIDC"];

    private static readonly Dictionary<string, UriOption> Options = Build();

    public static bool TryGet(string key, out UriOption option) => Options.TryGetValue(key, out option!);

    private static Dictionary<string, UriOption> Build()
    {
        UriOption[] all =
        [
            new AppNameUriOption(AppName),
            new ChoiceUriOption(AuthMechanism, Mechanisms.ToDictionary(m => m, m => (object)m, StringComparer.OrdinalIgnoreCase), invalidIsError: true),
            new KeyValueListUriOption(AuthMechanismProperties),
            new StringUriOption(AuthSource, allowEmpty: false, emptyIsError: true),
            new CompressorsUriOption(Compressors, new HashSet<string>(["snappy", "zlib", "zstd"], StringComparer.Ordinal)),
            NonNegative(ConnectTimeoutMS),
            new BooleanUriOption(DirectConnection),
            new BooleanUriOption(EnableOverloadRetargeting),
            new IntegerUriOption(HeartbeatFrequencyMS, v => v >= 500, "an integer of at least 500"),
            new BooleanUriOption(Journal),
            new BooleanUriOption(LoadBalanced),
            NonNegative(LocalThresholdMS),
            NonNegative(MaxAdaptiveRetries),
            new IntegerUriOption(MaxConnecting, v => v > 0, "a positive integer"),
            NonNegative(MaxIdleTimeMS),
            NonNegative(MaxPoolSize),
            new IntegerUriOption(MaxStalenessSeconds, v => v == -1 || v > 0, "-1 (no limit) or a positive integer"),
            NonNegative(MinPoolSize),
            new StringUriOption(ProxyHost, allowEmpty: false, repeatIsError: true),
            new StringUriOption(ProxyPassword, repeatIsError: true),
            new ProxyPortUriOption(ProxyPort),
            new StringUriOption(ProxyUsername, repeatIsError: true),
            new StringUriOption(ReadConcernLevel, allowEmpty: false),
            new ChoiceUriOption(ReadPreference, ReadPreferenceModes()),
            new ReadPreferenceTagsUriOption(ReadPreferenceTags),
            new StringUriOption(ReplicaSet, allowEmpty: false),
            new BooleanUriOption(RetryReads),
            new BooleanUriOption(RetryWrites),
            new ChoiceUriOption(ServerMonitoringMode, Enum.GetValues<ServerMonitoringMode>().ToDictionary(m => m.ToString(), m => (object)m, StringComparer.OrdinalIgnoreCase)),
            new IntegerUriOption(ServerSelectionTimeoutMS, v => v > 0, "a positive integer"),
            new BooleanUriOption(ServerSelectionTryOnce),
            NonNegative(SocketTimeoutMS),
            NonNegative(SrvMaxHosts),
            new ServiceNameUriOption(SrvServiceName),
            new BooleanUriOption(Ssl),
            NonNegative(TimeoutMS),
            new BooleanUriOption(Tls),
            new BooleanUriOption(TlsAllowInvalidCertificates),
            new BooleanUriOption(TlsAllowInvalidHostnames),
            new StringUriOption(TlsCAFile, allowEmpty: false),
            new StringUriOption(TlsCertificateKeyFile, allowEmpty: false),
            new StringUriOption(TlsCertificateKeyFilePassword),
            new BooleanUriOption(TlsDisableCertificateRevocationCheck),
            new BooleanUriOption(TlsDisableOCSPEndpointCheck),
            new BooleanUriOption(TlsInsecure),
            new WriteConcernWUriOption(W),
            NonNegative(WaitQueueTimeoutMS),
            NonNegative(WTimeoutMS),
            new IntegerUriOption(ZlibCompressionLevel, v => v is >= -1 and <= 9, "an integer from -1 to 9"),
        ];
        return all.ToDictionary(option => option.Name, StringComparer.OrdinalIgnoreCase);
    }

    private static IntegerUriOption NonNegative(string name) => new(name, v => v >= 0, "a non-negative integer");

    private static Dictionary<string, object> ReadPreferenceModes() =>
        Enum.GetValues<ReadPreferenceMode>().ToDictionary(m => m.ToString(), m => (object)m, StringComparer.OrdinalIgnoreCase);
}
