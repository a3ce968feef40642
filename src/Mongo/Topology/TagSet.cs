using System.Collections.Immutable;

namespace Serverless.Mongo.Topology;

/// <summary>
/// A document of string tags: either a replica set member's tags or one tag set of a read preference.
/// Server Selection spec, "tag_sets": a read preference tag set T matches a server tag set S when T ⊆ S,
/// so the empty tag set matches every server.
/// </summary>
public sealed class TagSet : IEquatable<TagSet>
{
    private readonly ImmutableSortedDictionary<string, string> _tags;

    /// <exception cref="ArgumentException">A tag name appears twice, or a name is empty.</exception>
    public TagSet(IEnumerable<KeyValuePair<string, string>> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in tags)
        {
            ArgumentException.ThrowIfNullOrEmpty(name, nameof(tags));
            ArgumentNullException.ThrowIfNull(value, nameof(tags));
            if (!builder.TryAdd(name, value))
            {
                throw new ArgumentException($"Tag '{name}' appears more than once in a tag set.", nameof(tags));
            }
        }

        _tags = builder.ToImmutable();
    }

    /// <summary>The tag set with no tags, which matches every server.</summary>
    public static TagSet Empty { get; } = new([]);

    public IReadOnlyDictionary<string, string> Tags => _tags;

    public bool IsEmpty => _tags.IsEmpty;

    /// <summary>True when every tag of this set has the same value in <paramref name="serverTags"/>.</summary>
    public bool IsSubsetOf(TagSet serverTags)
    {
        ArgumentNullException.ThrowIfNull(serverTags);
        foreach (var (name, value) in _tags)
        {
            if (!serverTags._tags.TryGetValue(name, out var serverValue) || !string.Equals(value, serverValue, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    public bool Equals(TagSet? other) =>
        other is not null && _tags.Count == other._tags.Count && IsSubsetOf(other);

    public override bool Equals(object? obj) => Equals(obj as TagSet);

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var (name, value) in _tags)
        {
            hash.Add(name, StringComparer.Ordinal);
            hash.Add(value, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => "{" + string.Join(", ", _tags.Select(tag => $"{tag.Key}: {tag.Value}")) + "}";
}
