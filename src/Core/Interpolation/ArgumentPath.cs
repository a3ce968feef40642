using System.Globalization;
using Serverless.Bson;

namespace Serverless.Core.Interpolation;

/// <summary>
/// <c>$arg</c>/<c>$ifarg</c> name lookup (§6.2): the exact key first (so <c>@user._id</c> finds the flattened key);
/// otherwise <c>.</c> separates nested keys, <c>[n]</c> indexes an array and <c>['a.b']</c> / <c>["a.b"]</c> quote a
/// key containing dots. A dotted numeric segment is a key, never an index (§6.2 [QUIRK] kept: <c>ids.0</c> is not
/// bound, <c>ids[0]</c> is). "Present" means the key exists, so an explicit null is present.
/// </summary>
public static class ArgumentPath
{
    public static bool TryResolve(BsonDocument arguments, string path, out BsonValue value)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(path);
        if (arguments.TryGetValue(path, out value))
        {
            return true;
        }

        value = BsonNull.Value;
        if (!TryParse(path, out var segments))
        {
            return false;
        }

        BsonValue current = arguments;
        foreach (var segment in segments)
        {
            switch (current)
            {
                case BsonDocument document when segment.Key is { } key && document.TryGetValue(key, out var child):
                    current = child;
                    break;
                case BsonArray array when segment.Index is { } index && index < array.Count:
                    current = array[index];
                    break;
                default:
                    return false;
            }
        }

        value = current;
        return true;
    }

    /// <summary>Splits <c>a.b[0]['c.d']</c> into key and index segments; false for malformed paths.</summary>
    private static bool TryParse(string path, out List<Segment> segments)
    {
        segments = [];
        var position = 0;
        var expectKey = true;
        while (position < path.Length)
        {
            var character = path[position];
            if (character == '[')
            {
                var close = path.IndexOf(']', position);
                if (close < 0 || !TryParseBracket(path[(position + 1)..close], out var bracket))
                {
                    return false;
                }

                segments.Add(bracket);
                position = close + 1;
                expectKey = false;
            }
            else if (character == '.')
            {
                if (expectKey)
                {
                    return false;   // empty key: "a..b" or ".a"
                }

                position++;
                expectKey = true;
            }
            else
            {
                if (!expectKey)
                {
                    return false;   // "a[0]b"
                }

                var end = path.IndexOfAny(['.', '['], position);
                end = end < 0 ? path.Length : end;
                segments.Add(new Segment(path[position..end], null));
                position = end;
                expectKey = false;
            }
        }

        return segments.Count > 0 && !expectKey;
    }

    private static bool TryParseBracket(string inner, out Segment segment)
    {
        if (inner.Length >= 2 && (inner[0] == '\'' || inner[0] == '"') && inner[^1] == inner[0])
        {
            segment = new Segment(inner[1..^1], null);
            return true;
        }

        if (int.TryParse(inner, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            segment = new Segment(null, index);
            return true;
        }

        segment = default;
        return false;
    }

    private readonly record struct Segment(string? Key, int? Index);
}
