using System.Globalization;
using Serverless.Bson;

namespace Serverless.Core.Predicates;

/// <summary>
/// A predicate field path (§11): dot-separated keys, array indexes written <c>a[0]</c>. <c>a.0</c> is the key "0",
/// not an index, as in RESTHeart (quirk 8). A key step on an array of documents takes the first element holding it.
/// </summary>
public sealed class PredicatePath : IEquatable<PredicatePath>
{
    // A segment is a key (Index null) or an array index (Key null).
    private readonly IReadOnlyList<(string? Key, int? Index)> _segments;

    private PredicatePath(string text, IReadOnlyList<(string? Key, int? Index)> segments)
    {
        Text = text;
        _segments = segments;
    }

    public string Text { get; }

    /// <exception cref="PredicateSyntaxException">Empty segment, unclosed bracket or non-numeric index.</exception>
    public static PredicatePath Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var segments = new List<(string? Key, int? Index)>();
        foreach (var part in text.Split('.'))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            var key = bracket < 0 ? part : part[..bracket];
            if (key.Length == 0 && bracket != 0)
            {
                throw new PredicateSyntaxException($"empty segment in path '{text}'");
            }

            if (key.Length > 0)
            {
                segments.Add((key, null));
            }
            else if (segments.Count == 0)
            {
                throw new PredicateSyntaxException($"path '{text}' starts with an index");
            }

            var rest = bracket < 0 ? string.Empty : part[bracket..];
            while (rest.Length > 0)
            {
                var close = rest.IndexOf(']', StringComparison.Ordinal);
                if (rest[0] != '[' || close < 0
                    || !int.TryParse(rest.AsSpan(1, close - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    throw new PredicateSyntaxException($"invalid array index in path '{text}'");
                }

                segments.Add((null, index));
                rest = rest[(close + 1)..];
            }
        }

        return new PredicatePath(text, segments);
    }

    /// <summary>Finds the value at this path; BSON null found at the path counts as found.</summary>
    public bool TryFind(BsonValue root, out BsonValue value) => TryFind(root, 0, out value);

    public override string ToString() => Text;

    // The text determines the segments, so it is the identity.
    public bool Equals(PredicatePath? other) => other is not null && other.Text == Text;

    public override bool Equals(object? obj) => Equals(obj as PredicatePath);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    private bool TryFind(BsonValue current, int position, out BsonValue value)
    {
        if (position == _segments.Count)
        {
            value = current;
            return true;
        }

        var (key, index) = _segments[position];
        switch (current)
        {
            case BsonDocument document when key is not null && document.TryGetValue(key, out var child):
                return TryFind(child, position + 1, out value);
            case BsonArray array when index is { } i:
                if (i < array.Count)
                {
                    return TryFind(array[i], position + 1, out value);
                }

                break;
            case BsonArray array when key is not null:
                foreach (var element in array)
                {
                    if (element is BsonDocument && TryFind(element, position, out value))
                    {
                        return true;
                    }
                }

                break;
        }

        value = BsonNull.Value;
        return false;
    }
}
