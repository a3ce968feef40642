using System.Globalization;
using Serverless.Bson;

namespace Serverless.Mongo.Topology;

/// <summary>
/// What the client knows about one server (Server Discovery and Monitoring spec, "ServerDescription"). Immutable:
/// every change is a <c>With…</c> copy, so a <see cref="TopologyDescription"/> is a consistent snapshot that
/// selection can read without locks.
/// </summary>
public sealed record ServerDescription
{
    public ServerDescription(ServerAddress address, ServerType type = ServerType.Unknown, DateTimeOffset lastUpdateTime = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (!Enum.IsDefined(type))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown server type.");
        }

        Address = address;
        Type = type;
        LastUpdateTime = lastUpdateTime;
    }

    public ServerAddress Address { get; }

    public ServerType Type { get; private init; }

    /// <summary>Exponentially-weighted average RTT of monitoring hellos; null when unknown or unavailable.</summary>
    public TimeSpan? AverageRoundTripTime { get; private init; }

    /// <summary>The primary's wall clock at its most recent oplog write, from hello's <c>lastWrite.lastWriteDate</c>.</summary>
    public DateTimeOffset? LastWriteDate { get; private init; }

    /// <summary>When the client last updated this description (Max Staleness spec uses it for staleness).</summary>
    public DateTimeOffset LastUpdateTime { get; private init; }

    public int MinWireVersion { get; private init; }

    public int MaxWireVersion { get; private init; }

    public TagSet Tags { get; private init; } = TagSet.Empty;

    public string? SetName { get; private init; }

    public int? SetVersion { get; private init; }

    public ObjectId? ElectionId { get; private init; }

    /// <summary>SDAM spec, "hosts", "passives" and "arbiters" of a replica set member's hello, together: the members it knows.</summary>
    public IReadOnlyList<ServerAddress> Members { get; private init; } = [];

    /// <summary>The member this server believes is primary (hello's <c>primary</c>), or null.</summary>
    public ServerAddress? PrimaryAddress { get; private init; }

    /// <summary>The address the member calls itself (hello's <c>me</c>), or null.</summary>
    public ServerAddress? Me { get; private init; }

    /// <summary>hello's <c>logicalSessionTimeoutMinutes</c>; null means the server does not support sessions (nor retryable writes).</summary>
    public int? LogicalSessionTimeoutMinutes { get; private init; }

    /// <summary>Why the last check failed (SDAM spec, "error"), or null.</summary>
    public string? Error { get; private init; }

    /// <summary>Server Selection spec, "Terms/Available".</summary>
    public bool IsAvailable => Type.IsAvailable();

    /// <summary>
    /// A copy with another type. Server Selection spec, "Calculation of Average Round Trip Times": when a server
    /// becomes unavailable its average RTT MUST be cleared, so the next first sample starts a new average.
    /// </summary>
    public ServerDescription WithType(ServerType type) =>
        Enum.IsDefined(type)
            ? this with { Type = type, AverageRoundTripTime = type.IsAvailable() ? AverageRoundTripTime : null }
            : throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown server type.");

    /// <summary>A copy whose average RTT is exactly <paramref name="average"/> (null clears it).</summary>
    public ServerDescription WithAverageRoundTripTime(TimeSpan? average)
    {
        if (average is { } value)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero, nameof(average));
        }

        return this with { AverageRoundTripTime = average };
    }

    /// <summary>A copy with one more RTT measurement folded into the average (<see cref="RoundTripTime.Average"/>).</summary>
    public ServerDescription WithRoundTripTimeSample(TimeSpan sample) =>
        this with { AverageRoundTripTime = RoundTripTime.Average(AverageRoundTripTime, sample) };

    public ServerDescription WithLastWriteDate(DateTimeOffset? lastWriteDate) => this with { LastWriteDate = lastWriteDate };

    public ServerDescription WithLastUpdateTime(DateTimeOffset lastUpdateTime) => this with { LastUpdateTime = lastUpdateTime };

    public ServerDescription WithWireVersions(int minWireVersion, int maxWireVersion)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minWireVersion);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWireVersion, minWireVersion);
        return this with { MinWireVersion = minWireVersion, MaxWireVersion = maxWireVersion };
    }

    public ServerDescription WithTags(TagSet tags) =>
        this with { Tags = tags ?? throw new ArgumentNullException(nameof(tags)) };

    public ServerDescription WithReplicaSet(string? setName, int? setVersion, ObjectId? electionId) =>
        this with { SetName = setName, SetVersion = setVersion, ElectionId = electionId };

    public ServerDescription WithMembers(IReadOnlyList<ServerAddress> members, ServerAddress? primary, ServerAddress? me) =>
        this with { Members = members ?? throw new ArgumentNullException(nameof(members)), PrimaryAddress = primary, Me = me };

    public ServerDescription WithLogicalSessionTimeout(int? minutes) => this with { LogicalSessionTimeoutMinutes = minutes };

    public ServerDescription WithError(string? error) => this with { Error = error };

    /// <summary>A short form for logs and error messages, e.g. <c>a:27017 RSSecondary rtt=5ms</c>.</summary>
    public override string ToString()
    {
        var rtt = AverageRoundTripTime is { } average
            ? string.Create(CultureInfo.InvariantCulture, $" rtt={average.TotalMilliseconds}ms")
            : string.Empty;
        var tags = Tags.IsEmpty ? string.Empty : " tags=" + Tags;
        var error = Error is null ? string.Empty : $" error=\"{Error}\"";
        return $"{Address} {Type}{rtt}{tags}{error}";
    }
}
