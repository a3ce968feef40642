using System.Globalization;
using System.Text.Json;
using Serverless.Mongo.Topology;

namespace Serverless.Mongo.Tests.Configuration;

/// <summary>
/// Maps the option names of the spec test files (mixed case, e.g. "authmechanism", "wtimeoutms") to the typed
/// properties of <see cref="ConnectionString"/>, and compares a test file's JSON value with a typed value.
/// </summary>
internal static class OptionAccessors
{
    private static readonly Dictionary<string, Func<ConnectionString, object?>> Accessors = new(StringComparer.OrdinalIgnoreCase)
    {
        ["appname"] = c => c.AppName,
        ["authMechanism"] = c => c.AuthMechanism,
        ["authMechanismProperties"] = c => c.AuthMechanismProperties,
        ["authSource"] = c => c.AuthSource,
        ["compressors"] = c => c.Compressors,
        ["connectTimeoutMS"] = c => c.ConnectTimeoutMS,
        ["directConnection"] = c => c.DirectConnection,
        ["enableOverloadRetargeting"] = c => c.EnableOverloadRetargeting,
        ["heartbeatFrequencyMS"] = c => c.HeartbeatFrequencyMS,
        ["journal"] = c => c.Journal,
        ["loadBalanced"] = c => c.LoadBalanced,
        ["localThresholdMS"] = c => c.LocalThresholdMS,
        ["maxAdaptiveRetries"] = c => c.MaxAdaptiveRetries,
        ["maxConnecting"] = c => c.MaxConnecting,
        ["maxIdleTimeMS"] = c => c.MaxIdleTimeMS,
        ["maxPoolSize"] = c => c.MaxPoolSize,
        ["maxStalenessSeconds"] = c => c.MaxStalenessSeconds,
        ["minPoolSize"] = c => c.MinPoolSize,
        ["readConcernLevel"] = c => c.ReadConcernLevel,
        ["readPreference"] = c => c.ReadPreference,
        ["readPreferenceTags"] = c => c.ReadPreferenceTags,
        ["replicaSet"] = c => c.ReplicaSet,
        ["retryReads"] = c => c.RetryReads,
        ["retryWrites"] = c => c.RetryWrites,
        ["serverMonitoringMode"] = c => c.ServerMonitoringMode,
        ["serverSelectionTimeoutMS"] = c => c.ServerSelectionTimeoutMS,
        ["serverSelectionTryOnce"] = c => c.ServerSelectionTryOnce,
        ["socketTimeoutMS"] = c => c.SocketTimeoutMS,
        ["srvMaxHosts"] = c => c.SrvMaxHosts,
        ["srvServiceName"] = c => c.SrvServiceName,
        ["ssl"] = c => c.UseTls,
        ["tls"] = c => c.UseTls,
        ["timeoutMS"] = c => c.TimeoutMS,
        ["tlsAllowInvalidCertificates"] = c => c.TlsAllowInvalidCertificates,
        ["tlsAllowInvalidHostnames"] = c => c.TlsAllowInvalidHostnames,
        ["tlsCAFile"] = c => c.TlsCAFile,
        ["tlsCertificateKeyFile"] = c => c.TlsCertificateKeyFile,
        ["tlsCertificateKeyFilePassword"] = c => c.TlsCertificateKeyFilePassword,
        ["tlsDisableCertificateRevocationCheck"] = c => c.TlsDisableCertificateRevocationCheck,
        ["tlsDisableOCSPEndpointCheck"] = c => c.TlsDisableOCSPEndpointCheck,
        ["tlsInsecure"] = c => c.TlsInsecure,
        ["w"] = c => c.W,
        ["wTimeoutMS"] = c => c.WTimeoutMS,
        ["zlibCompressionLevel"] = c => c.ZlibCompressionLevel,
    };

    /// <summary>Null when every expected option matches, else the first difference.</summary>
    public static string? Compare(JsonElement expectedOptions, ConnectionString actual)
    {
        foreach (var option in expectedOptions.EnumerateObject())
        {
            if (!Accessors.TryGetValue(option.Name, out var accessor))
            {
                return $"no accessor for option '{option.Name}'";
            }

            var value = accessor(actual);
            if (!Matches(option.Value, value))
            {
                return $"option '{option.Name}': expected {option.Value.GetRawText()}, got {Describe(value)}";
            }
        }

        return null;
    }

    public static bool Matches(JsonElement expected, object? actual) => actual switch
    {
        null => expected.ValueKind == JsonValueKind.Null,
        bool b => expected.ValueKind is JsonValueKind.True or JsonValueKind.False && expected.GetBoolean() == b,
        int i => expected.ValueKind == JsonValueKind.Number && expected.GetInt32() == i,
        string s => expected.ValueKind == JsonValueKind.String && expected.GetString() == s,
        Enum e => expected.ValueKind == JsonValueKind.String && string.Equals(expected.GetString(), e.ToString(), StringComparison.OrdinalIgnoreCase),
        WriteConcernW w => w.Nodes is { } nodes
            ? expected.ValueKind == JsonValueKind.Number && expected.GetInt32() == nodes
            : expected.ValueKind == JsonValueKind.String && expected.GetString() == w.Mode,
        IReadOnlyDictionary<string, string> map => expected.ValueKind == JsonValueKind.Object && SameMap(expected, map),
        IReadOnlyList<TagSet> tagSets => expected.ValueKind == JsonValueKind.Array
            && expected.GetArrayLength() == tagSets.Count
            && expected.EnumerateArray().Zip(tagSets).All(pair => SameMap(pair.First, pair.Second.Tags)),
        IReadOnlyList<string> list => expected.ValueKind == JsonValueKind.Array
            && expected.EnumerateArray().Select(e => e.GetString()).SequenceEqual(list),
        _ => false,
    };

    private static bool SameMap(JsonElement expected, IReadOnlyDictionary<string, string> actual) =>
        expected.EnumerateObject().Count() == actual.Count
        && expected.EnumerateObject().All(p => actual.TryGetValue(p.Name, out var v) && v == p.Value.ToString());

    private static string Describe(object? value) => value switch
    {
        null => "null",
        IReadOnlyDictionary<string, string> map => "{" + string.Join(", ", map.Select(p => $"{p.Key}: {p.Value}")) + "}",
        IEnumerable<object> items => "[" + string.Join(", ", items) + "]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "?",
    };
}
