namespace Serverless.GraphQL.Diagnostics;

/// <summary>
/// "Did you mean" hints in graphql-js wording: candidates within a Damerau-Levenshtein distance of 40% of the input
/// length (case differences count 1), closest first, at most five, quoted and joined with "or".
/// </summary>
internal static class Suggestions
{
    private const int MaxSuggestions = 5;

    public static IReadOnlyList<string> Rank(string input, IEnumerable<string> options)
    {
        var threshold = (input.Length * 4 / 10) + 1;
        var distances = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            if (!distances.ContainsKey(option) && Distance(input, option, threshold) is { } distance)
            {
                distances[option] = distance;
            }
        }

        return [.. distances.Keys.Order(Comparer<string>.Create((a, b) =>
            distances[a] != distances[b] ? distances[a].CompareTo(distances[b]) : NaturalCompare(a, b)))];
    }

    /// <summary>" Did you mean "a", "b", or "c"?" or the empty string without suggestions.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var quoted = suggestions.Take(MaxSuggestions).Select(s => $"\"{s}\"").ToList();
        var list = quoted.Count switch
        {
            1 => quoted[0],
            2 => $"{quoted[0]} or {quoted[1]}",
            _ => $"{string.Join(", ", quoted.Take(quoted.Count - 1))}, or {quoted[^1]}",
        };
        return subMessage is null ? $" Did you mean {list}?" : $" Did you mean {subMessage} {list}?";
    }

    /// <summary>Ordinal comparison that orders digit runs by numeric value ("a2" before "a10").</summary>
    public static int NaturalCompare(string a, string b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                var (aNum, nextI) = ReadNumber(a, i);
                var (bNum, nextJ) = ReadNumber(b, j);
                (i, j) = (nextI, nextJ);
                if (aNum != bNum)
                {
                    return aNum < bNum ? -1 : 1;
                }
            }
            else
            {
                if (a[i] != b[j])
                {
                    return a[i] < b[j] ? -1 : 1;
                }

                i++;
                j++;
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    // graphql-js stops reading a number after a leading zero ("007" reads as 0, 0, 7), which this mirrors.
    private static (double Value, int Next) ReadNumber(string text, int index)
    {
        double value = 0;
        do
        {
            value = (value * 10) + (text[index] - '0');
            index++;
        }
        while (index < text.Length && char.IsAsciiDigit(text[index]) && value > 0);
        return (value, index);
    }

    private static int? Distance(string input, string option, int threshold)
    {
        if (input == option)
        {
            return 0;
        }

        var a = option.ToLowerInvariant();
        var b = input.ToLowerInvariant();
        if (a == b)
        {
            return 1;
        }

        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        if (a.Length - b.Length > threshold)
        {
            return null;
        }

        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
        {
            rows[r] = new int[b.Length + 1];
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var up = rows[(i - 1) % 3];
            var current = rows[i % 3];
            var smallest = current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                }

                smallest = Math.Min(smallest, cell);
                current[j] = cell;
            }

            if (smallest > threshold)
            {
                return null;
            }
        }

        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }
}
