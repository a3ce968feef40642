namespace Serverless.Mongo.Topology.Selection;

/// <summary>Server Selection spec, "maxStalenessSeconds", with the estimates of the Max Staleness spec.</summary>
internal static class MaxStalenessFilter
{
    /// <summary>Max Staleness spec, "idleWritePeriodMS": an idle primary writes a no-op every 10 seconds.</summary>
    public static readonly TimeSpan IdleWritePeriod = TimeSpan.FromSeconds(10);

    /// <summary>Server Selection spec, "smallestMaxStalenessSeconds".</summary>
    public static readonly TimeSpan SmallestMaxStaleness = TimeSpan.FromSeconds(90);

    /// <summary>
    /// For replica sets a max staleness must be at least heartbeatFrequencyMS + idleWritePeriodMS (else an idle
    /// but perfectly fresh secondary could look stale) and at least 90 seconds.
    /// </summary>
    /// <exception cref="ReadPreferenceException">Either bound is broken.</exception>
    public static void Validate(ReadPreference readPreference, TopologyDescription topology)
    {
        if (readPreference.MaxStaleness is not { } maxStaleness
            || topology.Type is not (TopologyType.ReplicaSetWithPrimary or TopologyType.ReplicaSetNoPrimary))
        {
            return;
        }

        var floor = topology.HeartbeatFrequency + IdleWritePeriod;
        if (maxStaleness < floor)
        {
            throw new ReadPreferenceException(
                $"maxStalenessSeconds {maxStaleness.TotalSeconds} is less than heartbeatFrequencyMS + idleWritePeriodMS ({floor.TotalSeconds} s).");
        }

        if (maxStaleness < SmallestMaxStaleness)
        {
            throw new ReadPreferenceException(
                $"maxStalenessSeconds {maxStaleness.TotalSeconds} is less than the smallest allowed value, {SmallestMaxStaleness.TotalSeconds}.");
        }
    }

    /// <summary>
    /// Keeps candidates whose estimated staleness is at most <paramref name="maxStaleness"/>. Non-secondaries have
    /// zero staleness. A secondary without a lastWriteDate cannot be estimated and is not eligible.
    /// </summary>
    public static IReadOnlyList<ServerDescription> Apply(TopologyDescription topology, IReadOnlyList<ServerDescription> candidates, TimeSpan? maxStaleness)
    {
        if (maxStaleness is not { } limit)
        {
            return candidates;
        }

        var estimate = StalenessEstimate(topology);
        return [.. candidates.Where(server => server.Type != ServerType.RSSecondary || estimate(server) <= limit)];
    }

    private static Func<ServerDescription, TimeSpan> StalenessEstimate(TopologyDescription topology)
    {
        var heartbeat = topology.HeartbeatFrequency;
        var primary = topology.Primary;
        if (topology.Type == TopologyType.ReplicaSetWithPrimary && primary?.LastWriteDate is { } primaryWrite)
        {
            // (S.lastUpdateTime - S.lastWriteDate) - (P.lastUpdateTime - P.lastWriteDate) + heartbeatFrequencyMS
            var primaryLag = primary.LastUpdateTime - primaryWrite;
            return secondary => secondary.LastWriteDate is { } write
                ? secondary.LastUpdateTime - write - primaryLag + heartbeat
                : TimeSpan.MaxValue;
        }

        // No primary: SMax.lastWriteDate - S.lastWriteDate + heartbeatFrequencyMS, SMax being the secondary with
        // the greatest lastWriteDate.
        var newest = topology.Servers
            .Where(server => server.Type == ServerType.RSSecondary && server.LastWriteDate is not null)
            .Max(server => server.LastWriteDate);
        return secondary => secondary.LastWriteDate is { } write && newest is { } newestWrite
            ? newestWrite - write + heartbeat
            : TimeSpan.MaxValue;
    }
}
