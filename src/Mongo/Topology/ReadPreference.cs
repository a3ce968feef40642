using System.Text;

namespace Serverless.Mongo.Topology;

/// <summary>
/// Which servers may serve a read (Server Selection spec, "Read Preference"): a mode, an ordered list of tag sets
/// and an optional maximum staleness. The deprecated <c>hedge</c> option is not modelled: hedged reads are
/// deprecated since MongoDB 8.0 and the spec forbids sending it unless the user asked for it.
/// </summary>
public sealed class ReadPreference
{
    /// <summary>The spec's default, also what the generic command method uses.</summary>
    public static readonly ReadPreference Primary = new(ReadPreferenceMode.Primary);

    /// <exception cref="ReadPreferenceException">
    /// Mode primary with a non-empty tag set or a max staleness, or a max staleness that is not a positive whole
    /// number of seconds.
    /// </exception>
    public ReadPreference(ReadPreferenceMode mode, IEnumerable<TagSet>? tagSets = null, TimeSpan? maxStaleness = null)
    {
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown read preference mode.");
        }

        var sets = tagSets?.ToArray() ?? [];
        if (Array.Exists(sets, set => set is null))
        {
            throw new ArgumentException("A tag set list must not contain null.", nameof(tagSets));
        }

        // Server Selection spec, "tag_sets": clients MUST raise an error for a non-empty tag set with mode primary.
        if (mode == ReadPreferenceMode.Primary && Array.Exists(sets, set => !set.IsEmpty))
        {
            throw new ReadPreferenceException("Read preference mode 'primary' cannot be combined with a non-empty tag set.");
        }

        if (maxStaleness is { } staleness)
        {
            // "maxStalenessSeconds": -1 (here null) means no maximum; any other value must be a positive number, and
            // mongos only accepts an integer.
            if (staleness <= TimeSpan.Zero || staleness.Ticks % TimeSpan.TicksPerSecond != 0)
            {
                throw new ReadPreferenceException(
                    $"maxStalenessSeconds must be a positive whole number of seconds, not {staleness.TotalSeconds}.");
            }

            // "maxStalenessSeconds": drivers MUST raise an error for a positive value with mode primary.
            if (mode == ReadPreferenceMode.Primary)
            {
                throw new ReadPreferenceException("Read preference mode 'primary' cannot be combined with maxStalenessSeconds.");
            }
        }

        Mode = mode;
        TagSets = sets;
        MaxStaleness = maxStaleness;
    }

    public ReadPreferenceMode Mode { get; }

    /// <summary>Tag sets tried in order; empty means every candidate is eligible (as the default <c>[{}]</c>).</summary>
    public IReadOnlyList<TagSet> TagSets { get; }

    /// <summary>The maximum replication lag of an eligible secondary; null means no maximum.</summary>
    public TimeSpan? MaxStaleness { get; }

    public override string ToString()
    {
        var text = new StringBuilder("{ mode: ").Append(Mode);
        if (TagSets.Count > 0)
        {
            text.Append(", tag_sets: [").AppendJoin(", ", TagSets).Append(']');
        }

        if (MaxStaleness is { } staleness)
        {
            text.Append(", maxStalenessSeconds: ").Append((long)staleness.TotalSeconds);
        }

        return text.Append(" }").ToString();
    }
}
