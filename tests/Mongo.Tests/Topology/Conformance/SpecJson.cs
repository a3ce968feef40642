using System.Globalization;
using System.Text.Json;
using Serverless.Mongo.Topology;

namespace Serverless.Mongo.Tests.Topology.Conformance;

/// <summary>Turns the JSON shapes of the server-selection (and max-staleness) spec tests into our model.</summary>
internal static class SpecJson
{
    private static readonly DateTimeOffset Epoch = DateTimeOffset.UnixEpoch;

    public static TopologyDescription Topology(JsonElement test)
    {
        var description = test.GetProperty("topology_description");
        var heartbeat = test.TryGetProperty("heartbeatFrequencyMS", out var frequency)
            ? TimeSpan.FromMilliseconds(frequency.GetDouble())
            : (TimeSpan?)null;
        return new TopologyDescription(
            Enum.Parse<TopologyType>(description.GetProperty("type").GetString()!),
            description.GetProperty("servers").EnumerateArray().Select(Server),
            heartbeat);
    }

    public static ServerDescription Server(JsonElement server)
    {
        var description = new ServerDescription(
            ServerAddress.Parse(server.GetProperty("address").GetString()!),
            Enum.Parse<ServerType>(server.GetProperty("type").GetString()!));
        if (server.TryGetProperty("avg_rtt_ms", out var rtt))
        {
            description = description.WithAverageRoundTripTime(TimeSpan.FromMilliseconds(rtt.GetDouble()));
        }

        if (server.TryGetProperty("tags", out var tags))
        {
            description = description.WithTags(Tags(tags));
        }

        if (server.TryGetProperty("lastUpdateTime", out var updated))
        {
            description = description.WithLastUpdateTime(Epoch.AddMilliseconds(updated.GetDouble()));
        }

        if (server.TryGetProperty("lastWrite", out var lastWrite))
        {
            description = description.WithLastWriteDate(Epoch.AddMilliseconds(Int64(lastWrite.GetProperty("lastWriteDate"))));
        }

        if (server.TryGetProperty("maxWireVersion", out var wire))
        {
            description = description.WithWireVersions(0, wire.GetInt32());
        }

        return description;
    }

    /// <summary>The read preference, built as a user would; its own validation errors surface here.</summary>
    public static ReadPreference ReadPreference(JsonElement test)
    {
        if (!test.TryGetProperty("read_preference", out var preference))
        {
            return Serverless.Mongo.Topology.ReadPreference.Primary;
        }

        var mode = preference.TryGetProperty("mode", out var modeName)
            ? Enum.Parse<ReadPreferenceMode>(modeName.GetString()!, ignoreCase: true)
            : ReadPreferenceMode.Primary;
        var tagSets = preference.TryGetProperty("tag_sets", out var sets)
            ? sets.EnumerateArray().Select(Tags).ToList()
            : null;

        // Max Staleness spec: -1 means "no maximum".
        var maxStaleness = preference.TryGetProperty("maxStalenessSeconds", out var seconds) && seconds.GetDouble() != -1
            ? TimeSpan.FromSeconds(seconds.GetDouble())
            : (TimeSpan?)null;
        return new ReadPreference(mode, tagSets, maxStaleness);
    }

    public static IReadOnlyList<ServerAddress> Addresses(JsonElement test, string property) =>
        test.TryGetProperty(property, out var servers)
            ? [.. servers.EnumerateArray().Select(server => ServerAddress.Parse(server.GetProperty("address").GetString()!))]
            : [];

    public static bool ExpectsError(JsonElement test) =>
        test.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.True;

    /// <summary>Compares address sets, ignoring order; null when equal, else what differs.</summary>
    public static string? CompareAddresses(string stage, IEnumerable<ServerAddress> expected, IEnumerable<ServerAddress> actual)
    {
        var expectedSet = expected.Select(address => address.ToString()).Order(StringComparer.Ordinal).ToList();
        var actualSet = actual.Select(address => address.ToString()).Order(StringComparer.Ordinal).ToList();
        return expectedSet.SequenceEqual(actualSet, StringComparer.Ordinal)
            ? null
            : $"{stage}: expected [{string.Join(", ", expectedSet)}] but got [{string.Join(", ", actualSet)}]";
    }

    private static TagSet Tags(JsonElement tags) =>
        new(tags.EnumerateObject().Select(tag => KeyValuePair.Create(tag.Name, tag.Value.GetString()!)));

    private static long Int64(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object
            ? long.Parse(value.GetProperty("$numberLong").GetString()!, CultureInfo.InvariantCulture)
            : value.GetInt64();
}
