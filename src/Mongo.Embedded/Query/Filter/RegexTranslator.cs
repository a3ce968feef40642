using System.Text.RegularExpressions;

namespace Serverless.Mongo.Embedded.Query;

/// <summary>
/// Turns a MongoDB (PCRE) pattern and its options into a .NET <see cref="Regex"/>. The options are those the
/// manual's "$regex" lists: i, m, s, x (and u, which PCRE2 in the server always has on). Every regex gets a
/// match timeout so a catastrophic pattern fails one query instead of pinning a core.
/// </summary>
internal static class RegexTranslator
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    private static readonly Dictionary<char, RegexOptions> Flags = new()
    {
        ['i'] = RegexOptions.IgnoreCase,
        ['m'] = RegexOptions.Multiline,
        ['s'] = RegexOptions.Singleline,
        ['x'] = RegexOptions.IgnorePatternWhitespace,
        ['u'] = RegexOptions.None,
    };

    public static Regex Translate(string pattern, string options)
    {
        var translated = RegexOptions.CultureInvariant;
        foreach (var flag in options)
        {
            // Server: RegexMatchExpression::parseFlags, error 51108.
            translated |= Flags.TryGetValue(flag, out var option)
                ? option
                : throw QueryErrors.Location(51108, $"invalid flag in regex options: {flag}");
        }

        try
        {
            return new Regex(pattern, translated, MatchTimeout);
        }
        catch (ArgumentException e)
        {
            throw QueryErrors.Location(51091, $"Regular expression is invalid: {e.Message}");
        }
    }

    public static bool IsMatch(Regex regex, string input)
    {
        try
        {
            return regex.IsMatch(input);
        }
        catch (RegexMatchTimeoutException e)
        {
            throw QueryErrors.BadValue($"Regular expression /{regex}/ took too long to evaluate against a value ({e.MatchTimeout.TotalSeconds:0}s limit).");
        }
    }
}
